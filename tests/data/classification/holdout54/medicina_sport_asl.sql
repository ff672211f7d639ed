-- dialect: tsql
-- ASL - Servizio di Medicina dello Sport: visite di idoneità agonistica e certificati
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO

CREATE TABLE [dbo].[Atleta](
	[IdAtleta] [int] IDENTITY(1,1) NOT NULL,
	[Cognome] [nvarchar](60) NOT NULL,
	[Nome] [nvarchar](60) NOT NULL,
	[CodiceFiscale] [char](16) NULL,
	[DataNascita] [date] NOT NULL,
	[Sesso] [char](1) NULL,
	[Indirizzo] [nvarchar](150) NULL,
	[CAP] [char](5) NULL,
	[ComuneResidenza] [nvarchar](80) NULL,
	[Prov] [char](2) NULL,
	[Cellulare] [varchar](20) NULL,
	[Email] [nvarchar](120) NULL,
	[NumTesseraSanitaria] [varchar](20) NULL,
	[MedicoCurante] [nvarchar](120) NULL,
	[rowguid] [uniqueidentifier] ROWGUIDCOL NOT NULL,
	[DataIns] [datetime2](0) NOT NULL,
 CONSTRAINT [PK_Atleta] PRIMARY KEY CLUSTERED ([IdAtleta] ASC)
)
GO

CREATE TABLE [dbo].[Societa](
	[IdSocieta] [int] IDENTITY(1,1) NOT NULL,
	[RagioneSociale] [nvarchar](200) NOT NULL,
	[PartitaIva] [char](11) NULL,
	[CodAffiliazione] [varchar](12) NULL,
	[Indirizzo] [nvarchar](150) NULL,
	[Telefono] [varchar](20) NULL,
	[Pec] [nvarchar](120) NULL,
	[PresidenteNominativo] [nvarchar](120) NULL,
	[PresidenteCell] [varchar](20) NULL,
 CONSTRAINT [PK_Societa] PRIMARY KEY CLUSTERED ([IdSocieta] ASC)
)
GO

CREATE TABLE [dbo].[Tesseramento](
	[IdTesseramento] [int] IDENTITY(1,1) NOT NULL,
	[IdAtleta] [int] NOT NULL,
	[IdSocieta] [int] NOT NULL,
	[Disciplina] [varchar](10) NOT NULL,
	[NumTesseraFed] [varchar](15) NULL,
	[Stagione] [char](9) NULL,
	[DataScadenza] [date] NULL,
 CONSTRAINT [PK_Tesseramento] PRIMARY KEY CLUSTERED ([IdTesseramento] ASC)
)
GO

CREATE TABLE [dbo].[Medico](
	[IdMedico] [int] IDENTITY(1,1) NOT NULL,
	[Cognome] [nvarchar](60) NOT NULL,
	[Nome] [nvarchar](60) NOT NULL,
	[NumIscrOrdine] [varchar](10) NULL,
	[Specializzazione] [nvarchar](80) NULL,
	[FirmaImg] [varbinary](max) NULL,
	[Username] [varchar](40) NOT NULL,
	[PwdHash] [varbinary](64) NULL,
 CONSTRAINT [PK_Medico] PRIMARY KEY CLUSTERED ([IdMedico] ASC)
)
GO

CREATE TABLE [dbo].[Visita](
	[IdVisita] [int] IDENTITY(1,1) NOT NULL,
	[IdAtleta] [int] NOT NULL,
	[IdMedico] [int] NOT NULL,
	[DataVisita] [datetime2](0) NOT NULL,
	[TipoVisita] [char](2) NOT NULL,
	[Altezza] [decimal](5, 1) NULL,
	[Peso] [decimal](5, 1) NULL,
	[PAS] [smallint] NULL,
	[PAD] [smallint] NULL,
	[FcRiposo] [smallint] NULL,
	[EsitoECG] [nvarchar](400) NULL,
	[FEV1] [decimal](4, 2) NULL,
	[Anamnesi] [nvarchar](max) NULL,
	[FamMorteImprovvisa] [bit] NULL,
	[Fumatore] [bit] NULL,
	[Idoneo] [bit] NULL,
	[MotivoNonIdoneita] [nvarchar](400) NULL,
	[StatoPratica] [tinyint] NOT NULL,
 CONSTRAINT [PK_Visita] PRIMARY KEY CLUSTERED ([IdVisita] ASC)
)
GO

CREATE TABLE [dbo].[CatalogoEsami](
	[CodEsame] [varchar](10) NOT NULL,
	[Descrizione] [nvarchar](200) NOT NULL,
	[TariffaEuro] [decimal](7, 2) NULL,
	[Attivo] [bit] NOT NULL,
 CONSTRAINT [PK_CatalogoEsami] PRIMARY KEY CLUSTERED ([CodEsame] ASC)
)
GO

CREATE TABLE [dbo].[Esame](
	[IdEsame] [int] IDENTITY(1,1) NOT NULL,
	[IdVisita] [int] NOT NULL,
	[CodEsame] [varchar](10) NOT NULL,
	[Risultato] [nvarchar](1000) NULL,
	[Valore] [decimal](10, 3) NULL,
	[UnitaMisura] [varchar](15) NULL,
	[AllegatoPath] [nvarchar](260) NULL,
 CONSTRAINT [PK_Esame] PRIMARY KEY CLUSTERED ([IdEsame] ASC)
)
GO

CREATE TABLE [dbo].[Certificato](
	[IdCertificato] [int] IDENTITY(1,1) NOT NULL,
	[NumCertificato] [varchar](20) NOT NULL,
	[IdVisita] [int] NOT NULL,
	[DataRilascio] [date] NOT NULL,
	[DataScadenza] [date] NOT NULL,
	[QrVerifica] [char](32) NULL,
	[PdfPath] [nvarchar](260) NULL,
 CONSTRAINT [PK_Certificato] PRIMARY KEY CLUSTERED ([IdCertificato] ASC)
)
GO

CREATE TABLE [dbo].[Pagamento](
	[IdPagamento] [int] IDENTITY(1,1) NOT NULL,
	[IdVisita] [int] NOT NULL,
	[Importo] [money] NOT NULL,
	[CodEsenzione] [varchar](6) NULL,
	[Metodo] [varchar](10) NULL,
	[UltimeCifreCarta] [char](4) NULL,
	[DataPagamento] [datetime2](0) NULL,
 CONSTRAINT [PK_Pagamento] PRIMARY KEY CLUSTERED ([IdPagamento] ASC)
)
GO

CREATE TABLE [dbo].[LogAccessi](
	[IdLog] [bigint] IDENTITY(1,1) NOT NULL,
	[UtenteLogin] [varchar](40) NOT NULL,
	[Azione] [varchar](20) NOT NULL,
	[Tabella] [varchar](40) NULL,
	[ChiaveRecord] [varchar](40) NULL,
	[DataOra] [datetime2](3) NOT NULL,
	[IndirizzoIp] [varchar](45) NULL,
 CONSTRAINT [PK_LogAccessi] PRIMARY KEY CLUSTERED ([IdLog] ASC)
)
GO

EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Pressione arteriosa sistolica (mmHg)' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Visita', @level2type=N'COLUMN',@level2name=N'PAS'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Pressione arteriosa diastolica (mmHg)' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Visita', @level2type=N'COLUMN',@level2name=N'PAD'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Familiarità per morte improvvisa / cardiopatie' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Visita', @level2type=N'COLUMN',@level2name=N'FamMorteImprovvisa'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Numero di iscrizione all''Ordine dei Medici' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Medico', @level2type=N'COLUMN',@level2name=N'NumIscrOrdine'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Codice esenzione ticket (patologia/reddito)' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Pagamento', @level2type=N'COLUMN',@level2name=N'CodEsenzione'
GO
