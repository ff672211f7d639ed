"""Regenerate the demo shop's CSV files in connectors/demo_data/ (run once; the output is committed).

Needs the dev extras plus `bcrypt`: `python examples/shop/generate_demo_data.py`. Seeded, so the
output is the same on every run with the same Faker version.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import random
from pathlib import Path

import bcrypt
import phonenumbers
from faker import Faker

OUT = Path(__file__).resolve().parents[2] / "connectors" / "demo_data"
SEED = 20250601
AREA_CODES = ("110101", "110105", "310104", "310115", "440106", "440305", "330106", "510107", "420111")
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)

rng = random.Random(SEED)
zh = Faker("zh_CN")
en = Faker("en_US")
gb = Faker("en_GB")
for fake in (zh, en, gb):
    fake.seed_instance(SEED)


def resident_id(birth: dt.date, female: bool) -> str:
    """A GB 11643 resident ID whose date and check digit agree."""
    sequence = rng.randrange(0, 500) * 2 + (0 if female else 1)  # odd = male
    body = f"{rng.choice(AREA_CODES)}{birth:%Y%m%d}{sequence:03d}"
    check = (12 - sum(int(d) * w for d, w in zip(body, ID_WEIGHTS, strict=True)) % 11) % 11
    return body + ("X" if check == 10 else str(check))


def international_phone(fake: Faker, region: str) -> str:
    while True:
        try:
            number = phonenumbers.parse(fake.phone_number(), region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def luhn_complete(prefix: str, length: int) -> str:
    digits = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return digits + str((10 - total % 10) % 10)


def birth_date(minor: bool) -> dt.date:
    if minor:
        return dt.date(rng.randrange(2015, 2021), rng.randrange(1, 13), rng.randrange(1, 29))
    return dt.date(rng.randrange(1950, 2005), rng.randrange(1, 13), rng.randrange(1, 29))


def timestamp(days_back: int) -> str:
    moment = dt.datetime(2025, 6, 1, 9, 0) - dt.timedelta(
        days=rng.randrange(days_back), minutes=rng.randrange(1440)
    )
    return moment.isoformat(sep=" ")


def customers(count: int = 120) -> list[dict[str, object]]:
    rows = []
    for i in range(1, count + 1):
        chinese = i % 5 != 0 and i % 7 != 0  # about 70 % Chinese customers
        female = rng.random() < 0.5
        born = birth_date(minor=i % 11 == 0)
        if chinese:
            name = zh.name_female() if female else zh.name_male()
            row = {
                "xingming": name,
                "sfzh": resident_id(born, female),
                "shouji": zh.phone_number(),
                "address": zh.address().replace("\n", " "),
                "country": "CN",
            }
        else:
            fake, region = (en, "US") if i % 2 else (gb, "GB")
            row = {
                "xingming": fake.name_female() if female else fake.name_male(),
                "sfzh": "",
                "shouji": international_phone(fake, region),
                "address": fake.address().replace("\n", ", "),
                "country": region,
            }
        rows.append(
            {
                "id": i,
                "xingming": row["xingming"],
                "gender": "F" if female else "M",
                "sfzh": row["sfzh"],
                "shouji": row["shouji"],
                "email": en.unique.free_email(),
                "birth_date": born.isoformat(),
                "address": row["address"],
                "country": row["country"],
                "created_at": timestamp(900),
            }
        )
    return rows


def accounts(people: list[dict[str, object]]) -> list[dict[str, object]]:
    rows = []
    for person in people:
        password = en.password(length=12).encode()
        legacy = int(person["id"]) % 5 < 3  # type: ignore[call-overload]  # most not yet migrated
        hashed = (
            hashlib.md5(password).hexdigest()
            if legacy
            else bcrypt.hashpw(password, bcrypt.gensalt(rounds=4)).decode()
        )
        rows.append(
            {
                "id": person["id"],
                "customer_id": person["id"],
                "username": en.unique.user_name(),
                "password_hash": hashed,
                "last_login_ip": en.ipv4_public(),
            }
        )
    return rows


def products(count: int = 50) -> list[dict[str, object]]:
    categories = ("books", "kitchen", "garden", "toys", "electronics", "stationery")
    return [
        {
            "id": i,
            "sku": f"SKU-{i:04d}",
            "title": en.catch_phrase(),
            "category": rng.choice(categories),
            "price": f"{rng.randrange(199, 49999) / 100:.2f}",
        }
        for i in range(1, count + 1)
    ]


def remark(person: dict[str, object]) -> str:
    templates = (
        "",
        "",
        "",
        "请送到{address}，联系电话{shouji}",
        "工作日送货，收件人{xingming}",
        "发票抬头：{xingming}，身份证号{sfzh}",
        "Leave at the door and call {shouji}",
        "Gift wrap please",
        "周末不在家，请放快递柜",
        "Send the receipt to {email}",
    )
    template = rng.choice(templates)
    if "sfzh" in template and not person["sfzh"]:
        template = "Please call {shouji} before delivery"
    return template.format(**person)


def orders(people: list[dict[str, object]], count: int = 200) -> list[dict[str, object]]:
    rows = []
    for i in range(1, count + 1):
        person = rng.choice(people)
        rows.append(
            {
                "id": i,
                "customer_id": person["id"],
                "product_id": rng.randrange(1, 51),
                "quantity": rng.randrange(1, 5),
                "shipping_address": person["address"],
                "beizhu": remark(person),
                "created_at": timestamp(400),
            }
        )
    return rows


def payments(order_rows: list[dict[str, object]], people: list[dict[str, object]]) -> list[dict[str, object]]:
    by_id = {p["id"]: p for p in people}
    rows = []
    for i, order in enumerate(order_rows[:150], start=1):
        person = by_id[order["customer_id"]]
        unionpay = person["country"] == "CN"
        card = luhn_complete("62" + str(rng.randrange(2, 10)), 16) if unionpay else en.credit_card_number()
        rows.append(
            {
                "id": i,
                "order_id": order["id"],
                "card_number": card,
                "card_holder": person["xingming"],
                "amount": f"{rng.randrange(500, 200000) / 100:.2f}",
                "paid_at": order["created_at"],
            }
        )
    return rows


def consents(people: list[dict[str, object]], count: int = 150) -> list[dict[str, object]]:
    purposes = ("marketing", "analytics", "cross_border_transfer")
    rows = []
    for i in range(1, count + 1):
        granted = timestamp(700)
        withdrawn = ""
        if rng.random() < 0.3:
            withdrawn = (
                dt.datetime.fromisoformat(granted) + dt.timedelta(days=rng.randrange(1, 200))
            ).isoformat(sep=" ")
        rows.append(
            {
                "id": i,
                "customer_id": rng.choice(people)["id"],
                "purpose": purposes[i % 3],
                "granted_at": granted,
                "withdrawn_at": withdrawn,
            }
        )
    return rows


def write(name: str, rows: list[dict[str, object]]) -> None:
    with (OUT / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    people = customers()
    order_rows = orders(people)
    for name, rows in (
        ("customers", people),
        ("accounts", accounts(people)),
        ("products", products()),
        ("orders", order_rows),
        ("payments", payments(order_rows, people)),
        ("consents", consents(people)),
    ):
        write(name, rows)
        print(f"{name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
