"""The demo shop's schema and data (CSV), shipped in the wheel so `privaudit demo` works anywhere."""
