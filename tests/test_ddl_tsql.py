"""SQL Server scripts: the GO batch separator and dialect detection."""

from __future__ import annotations

from pathlib import Path

import pytest

from connectors.ddl import read_ddl
from connectors.ddl.dialect import detect_dialect
from connectors.ddl.splitter import split_statements

SCRIPT = """\
SET ANSI_NULLS ON
GO
CREATE TABLE [dbo].[Patient] (
  [PatientId] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
  [FirstName] NVARCHAR(50),
  go_live_flag BIT
)
GO
CREATE TABLE [dbo].[Visit] ([VisitId] INT, [Diagnosis] NVARCHAR(200));
GO
CREATE TABLE dbo.Doctor (DoctorId INT, LastName NVARCHAR(50))
go 2
"""


def test_go_ends_a_batch_with_or_without_semicolons() -> None:
    texts = [s.text.split("(")[0].strip() for s in split_statements(SCRIPT, "tsql")]
    assert texts == [
        "SET ANSI_NULLS ON",
        "CREATE TABLE [dbo].[Patient]",
        "CREATE TABLE [dbo].[Visit]",
        "CREATE TABLE dbo.Doctor",
    ]


def test_a_column_named_like_go_is_not_a_separator() -> None:
    statements = list(split_statements("CREATE TABLE t (\n  go INT,\n  GO_LIVE INT\n);\n", "tsql"))
    assert len(statements) == 1 and "GO_LIVE" in statements[0].text


@pytest.mark.parametrize("dialect", ["tsql", None])
def test_every_table_is_read(tmp_path: Path, dialect: str | None) -> None:
    path = tmp_path / "clinic.sql"
    path.write_text(SCRIPT, encoding="utf-8")
    catalog = read_ddl([path], dialect)
    assert [(t.schema, t.name, len(t.columns)) for t in catalog.tables] == [
        ("dbo", "Patient", 3),
        ("dbo", "Visit", 2),
        ("dbo", "Doctor", 2),
    ]
    assert not [d for d in catalog.diagnostics if d.level == "error"]
    assert catalog.tables[1].location.line == 9


def test_detection_recognises_sql_server_but_not_brackets_in_data() -> None:
    assert detect_dialect(SCRIPT) == "tsql"
    data = "INSERT INTO notes VALUES (1, 'see [appendix] and [figure 2]');\n" * 5
    assert detect_dialect(data) is None


def test_trailing_line_comments_document_columns(tmp_path: Path) -> None:
    path = tmp_path / "documented.sql"
    path.write_text(
        "CREATE TABLE Patient (\n"
        "  PatientId INT PRIMARY KEY, -- surrogate key\n"
        "  Nm NVARCHAR(50),           -- 患者姓名\n"
        "  Tel VARCHAR(20) NOT NULL   -- mobile phone\n"
        ");\n"
        "CREATE TABLE m (a INT COMMENT 'declared', -- trailing\n b INT);\n",
        encoding="utf-8",
    )
    patient, m = read_ddl([path], "tsql").tables[0], read_ddl([path], "mysql").tables[1]
    assert [(c.name, c.comment) for c in patient.columns] == [
        ("PatientId", "surrogate key"),
        ("Nm", "患者姓名"),
        ("Tel", "mobile phone"),
    ]
    assert [(c.name, c.comment) for c in m.columns] == [("a", "declared"), ("b", None)]  # COMMENT wins


def test_column_level_clustered_primary_key_is_read(tmp_path) -> None:
    path = tmp_path / "pubs.sql"
    path.write_text(
        "CREATE TABLE authors (\n"
        "  au_id varchar(11) CHECK (au_id like '[0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][0-9][0-9]')\n"
        "    CONSTRAINT UPKCL_auidind PRIMARY KEY CLUSTERED,\n"
        "  au_lname varchar(40) NOT NULL,\n"
        "  CONSTRAINT uq UNIQUE NONCLUSTERED (au_lname)\n"
        ")\nGO\n",
        encoding="utf-8",
    )
    catalog = read_ddl([path], "tsql")
    assert not catalog.diagnostics
    assert catalog.tables[0].primary_key == ("au_id",)


def test_ms_description_extended_properties_are_comments(tmp_path) -> None:
    # SSMS stores column and table descriptions as MS_Description extended properties; before, they were
    # skipped with the other EXEC calls and every such column read without its comment.
    path = tmp_path / "ssms.sql"
    path.write_text(
        "CREATE TABLE [dbo].[Customer] (\n"
        "  [CustomerID] INT IDENTITY(1,1) NOT NULL,\n"
        "  [CustNm] NVARCHAR(100) NULL,\n"
        "  [Ph1] NVARCHAR(20) NULL\n"
        ")\nGO\n"
        "EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'客户姓名' , @level0type=N'SCHEMA',"
        "@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Customer', @level2type=N'COLUMN',"
        "@level2name=N'CustNm'\nGO\n"
        "EXEC sp_addextendedproperty 'MS_Description', 'Customer''s mobile', 'SCHEMA', 'dbo', 'TABLE', "
        "'Customer', 'COLUMN', 'Ph1'\nGO\n"
        "EXEC sp_addextendedproperty N'MS_Description', N'People who buy', N'SCHEMA', N'dbo', N'TABLE', "
        "N'Customer'\nGO\n"
        "EXEC sp_addextendedproperty N'Caption', N'not a description', N'SCHEMA', N'dbo', N'TABLE', "
        "N'Customer', N'COLUMN', N'CustomerID'\nGO\n"
        "EXEC sp_addextendedproperty N'MS_Description', N'x', N'SCHEMA', N'dbo', N'TABLE', N'Nope', "
        "N'COLUMN', N'Ph1'\nGO\n",
        encoding="utf-8",
    )
    catalog = read_ddl([path], "tsql")
    table = catalog.tables[0]
    assert table.comment == "People who buy"
    assert [(c.name, c.comment) for c in table.columns] == [
        ("CustomerID", None),
        ("CustNm", "客户姓名"),
        ("Ph1", "Customer's mobile"),
    ]
    assert [(d.location.line, d.level) for d in catalog.diagnostics] == [(15, "warning")]
    assert "no such table" in catalog.diagnostics[0].message


SSMS_SCRIPT = """\
CREATE TABLE [dbo].[Member](
\t[MemberID] [int] IDENTITY(1,1) NOT NULL,
\t[FullName] [nvarchar](100) NOT NULL,
\t[Notes] [nvarchar](max) NULL,
\t[rowguid] [uniqueidentifier] ROWGUIDCOL  NOT NULL,
 CONSTRAINT [PK_Member] PRIMARY KEY CLUSTERED
(
\t[MemberID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO
ALTER TABLE [dbo].[Member] ADD  CONSTRAINT [DF_Member_rowguid]  DEFAULT (newid()) FOR [rowguid]
GO
CREATE TABLE [dbo].[Visit](
\t[VisitID] [int] NOT NULL,
\t[MemberID] [int] NOT NULL,
\t[Note] [nvarchar](200) NULL -- not ROWGUIDCOL, a comment
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[Visit]  WITH CHECK ADD  CONSTRAINT [FK_Visit_Member] FOREIGN KEY([MemberID])
REFERENCES [dbo].[Member] ([MemberID])
GO
ALTER TABLE [dbo].[Visit] CHECK CONSTRAINT [FK_Visit_Member]
GO
ALTER TABLE [dbo].[Visit] ADD DEFAULT ((0)) FOR [Nope]
GO
"""


def test_ssms_generated_script_reads_without_loss(tmp_path) -> None:
    # SSMS "Script Table as CREATE": ROWGUIDCOL, index options and filegroups, defaults and CHECK
    # CONSTRAINT as separate statements. Before, the rowguid column and the primary key were lost and three
    # statements were errors.
    path = tmp_path / "ssms.sql"
    path.write_text(SSMS_SCRIPT, encoding="utf-8")
    catalog = read_ddl([path], "tsql")
    member, visit = catalog.tables
    assert [c.name for c in member.columns] == ["MemberID", "FullName", "Notes", "rowguid"]
    assert member.primary_key == ("MemberID",)
    assert member.columns[3].nullable is False
    assert member.columns[3].default == "(newid())"
    assert visit.foreign_keys[0].ref_columns == ("MemberID",)
    assert [(d.location.line, d.level) for d in catalog.diagnostics] == [(25, "warning")]
    assert "no such column" in catalog.diagnostics[0].message


def test_inline_index_is_not_a_column(tmp_path) -> None:
    # SQL Server 2014+ allows INDEX ix [NON]CLUSTERED (col) inside CREATE TABLE; sqlglot reads it as a
    # column called INDEX, which showed up in the inventory as a column.
    path = tmp_path / "ix.sql"
    path.write_text(
        "CREATE TABLE [dbo].[Orders](\n  [Id] INT NOT NULL,\n  [Email] NVARCHAR(256) NULL,\n"
        "  INDEX [IX_Orders_Email] NONCLUSTERED ([Email]),\n  INDEX IX_Id CLUSTERED (Id ASC)\n)\nGO\n"
        "CREATE TABLE [dbo].[Odd]([Index] INT, [Name] NVARCHAR(10))\nGO\n",
        encoding="utf-8",
    )
    orders, odd = read_ddl([path], "tsql").tables
    assert [c.name for c in orders.columns] == ["Id", "Email"]
    assert [c.name for c in odd.columns] == ["Index", "Name"]  # a quoted column named Index is a column
