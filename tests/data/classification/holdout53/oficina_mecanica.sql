-- dialect: tsql
-- Sistema de gestao de oficina mecanica (rede de franquias)
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;

CREATE TABLE [dbo].[Oficina](
	[IdOficina] INT IDENTITY(1,1) NOT NULL,
	[IdTenant] INT NOT NULL,
	[RazaoSocial] VARCHAR(120) NOT NULL,
	[Cnpj] CHAR(14) NOT NULL,
	[InscrEstadual] VARCHAR(20) NULL,
	[EndLogradouro] VARCHAR(150) NULL,
	[Cep] CHAR(8) NULL,
	[FoneComercial] VARCHAR(20) NULL,
	CONSTRAINT [PK_Oficina] PRIMARY KEY CLUSTERED ([IdOficina] ASC)
) ON [PRIMARY];

CREATE TABLE [dbo].[Cliente](
	[IdCli] INT IDENTITY(1,1) NOT NULL,
	[IdOficina] INT NOT NULL,
	[TpPessoa] CHAR(1) NOT NULL,
	[NmCli] VARCHAR(120) NOT NULL,
	[CpfCnpj] VARCHAR(14) NULL,
	[RgNum] VARCHAR(15) NULL,
	[DtNasc] DATE NULL,
	[Sexo] CHAR(1) NULL,
	[FoneCel] VARCHAR(20) NULL,
	[WhatsApp] VARCHAR(20) NULL,
	[Email] VARCHAR(120) NULL,
	[EndLogr] VARCHAR(150) NULL,
	[EndNum] VARCHAR(10) NULL,
	[Bairro] VARCHAR(60) NULL,
	[Cidade] VARCHAR(60) NULL,
	[UF] CHAR(2) NULL,
	[CEP] CHAR(8) NULL,
	[ChavePix] VARCHAR(77) NULL,
	[ObsCli] VARCHAR(MAX) NULL,
	[DtCad] DATETIME NOT NULL,
	[FlAtivo] BIT NOT NULL,
	[Excluido] BIT NOT NULL,
	CONSTRAINT [PK_Cliente] PRIMARY KEY CLUSTERED ([IdCli] ASC)
) ON [PRIMARY];
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Cadastro de clientes (PF e PJ)', @level0type=N'SCHEMA', @level0name=N'dbo', @level1type=N'TABLE', @level1name=N'Cliente';
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'F=fisica J=juridica', @level0type=N'SCHEMA', @level0name=N'dbo', @level1type=N'TABLE', @level1name=N'Cliente', @level2type=N'COLUMN', @level2name=N'TpPessoa';

CREATE TABLE [dbo].[Veiculo](
	[IdVeic] INT IDENTITY(1,1) NOT NULL,
	[IdCli] INT NOT NULL,
	[Placa] CHAR(7) NOT NULL,
	[Renavam] CHAR(11) NULL,
	[Chassi] CHAR(17) NULL,
	[Marca] VARCHAR(30) NULL,
	[Modelo] VARCHAR(40) NULL,
	[AnoFab] SMALLINT NULL,
	[Cor] VARCHAR(20) NULL,
	[KmAtual] INT NULL,
	CONSTRAINT [PK_Veiculo] PRIMARY KEY CLUSTERED ([IdVeic] ASC)
) ON [PRIMARY];

CREATE TABLE [dbo].[Mecanico](
	[IdMec] INT IDENTITY(1,1) NOT NULL,
	[IdOficina] INT NOT NULL,
	[NmMec] VARCHAR(100) NOT NULL,
	[CPF] CHAR(11) NOT NULL,
	[CNH] VARCHAR(11) NULL,
	[Especialidade] VARCHAR(40) NULL,
	[DtAdmissao] DATE NULL,
	[PercComissao] DECIMAL(5,2) NULL,
	[SalarioBase] DECIMAL(10,2) NULL,
	[ContaBanco] VARCHAR(30) NULL,
	[DigitalPonto] VARBINARY(MAX) NULL,
	CONSTRAINT [PK_Mecanico] PRIMARY KEY CLUSTERED ([IdMec] ASC)
) ON [PRIMARY];
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Funcionarios da oficina', @level0type=N'SCHEMA', @level0name=N'dbo', @level1type=N'TABLE', @level1name=N'Mecanico';
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'agencia-conta para deposito', @level0type=N'SCHEMA', @level0name=N'dbo', @level1type=N'TABLE', @level1name=N'Mecanico', @level2type=N'COLUMN', @level2name=N'ContaBanco';
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'template biometrico do ponto eletronico', @level0type=N'SCHEMA', @level0name=N'dbo', @level1type=N'TABLE', @level1name=N'Mecanico', @level2type=N'COLUMN', @level2name=N'DigitalPonto';

CREATE TABLE [dbo].[OrdemServico](
	[IdOS] INT IDENTITY(1,1) NOT NULL,
	[NumOS] VARCHAR(15) NOT NULL,
	[IdVeic] INT NOT NULL,
	[IdMecResp] INT NULL,
	[DtAbertura] DATETIME NOT NULL,
	[DtEntrega] DATETIME NULL,
	[KmEntrada] INT NULL,
	[RelatoCliente] VARCHAR(1000) NULL,
	[Diagnostico] VARCHAR(1000) NULL,
	[VlTotal] DECIMAL(12,2) NULL,
	[StatusOS] TINYINT NOT NULL,
	[UsrCad] VARCHAR(30) NULL,
	CONSTRAINT [PK_OrdemServico] PRIMARY KEY CLUSTERED ([IdOS] ASC)
) ON [PRIMARY];
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'defeito relatado pelo cliente', @level0type=N'SCHEMA', @level0name=N'dbo', @level1type=N'TABLE', @level1name=N'OrdemServico', @level2type=N'COLUMN', @level2name=N'RelatoCliente';

CREATE TABLE [dbo].[Peca](
	[IdPeca] INT IDENTITY(1,1) NOT NULL,
	[CodFab] VARCHAR(30) NULL,
	[Descricao] VARCHAR(120) NOT NULL,
	[NCM] CHAR(8) NULL,
	[PrecoVenda] DECIMAL(10,2) NULL,
	[QtdEstoque] INT NULL,
	CONSTRAINT [PK_Peca] PRIMARY KEY CLUSTERED ([IdPeca] ASC)
) ON [PRIMARY];

CREATE TABLE [dbo].[ItemOS](
	[IdItem] INT IDENTITY(1,1) NOT NULL,
	[IdOS] INT NOT NULL,
	[IdPeca] INT NOT NULL,
	[Qtd] DECIMAL(9,2) NOT NULL,
	[VlUnit] DECIMAL(10,2) NOT NULL,
	[Desconto] DECIMAL(10,2) NULL,
	CONSTRAINT [PK_ItemOS] PRIMARY KEY CLUSTERED ([IdItem] ASC)
) ON [PRIMARY];

CREATE TABLE [dbo].[Pagamento](
	[IdPgto] INT IDENTITY(1,1) NOT NULL,
	[IdOS] INT NOT NULL,
	[FormaPgto] VARCHAR(10) NOT NULL,
	[NumCartaoMasc] VARCHAR(19) NULL,
	[NomeTitular] VARCHAR(60) NULL,
	[NSU] VARCHAR(20) NULL,
	[Parcelas] TINYINT NULL,
	[VlPago] DECIMAL(12,2) NOT NULL,
	[DtPgto] DATETIME NOT NULL,
	CONSTRAINT [PK_Pagamento] PRIMARY KEY CLUSTERED ([IdPgto] ASC)
) ON [PRIMARY];

CREATE TABLE [dbo].[Guincho](
	[IdGuincho] INT IDENTITY(1,1) NOT NULL,
	[IdCli] INT NOT NULL,
	[LatOrigem] DECIMAL(9,6) NULL,
	[LongOrigem] DECIMAL(9,6) NULL,
	[EndRef] VARCHAR(200) NULL,
	[DtSolic] DATETIME NOT NULL,
	[PlacaReboque] CHAR(7) NULL,
	CONSTRAINT [PK_Guincho] PRIMARY KEY CLUSTERED ([IdGuincho] ASC)
) ON [PRIMARY];
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Solicitacoes de reboque', @level0type=N'SCHEMA', @level0name=N'dbo', @level1type=N'TABLE', @level1name=N'Guincho';
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'ponto de referencia informado', @level0type=N'SCHEMA', @level0name=N'dbo', @level1type=N'TABLE', @level1name=N'Guincho', @level2type=N'COLUMN', @level2name=N'EndRef';

CREATE TABLE [dbo].[LogAcesso](
	[IdLog] BIGINT IDENTITY(1,1) NOT NULL,
	[Login] VARCHAR(30) NOT NULL,
	[IpOrigem] VARCHAR(45) NULL,
	[Navegador] VARCHAR(300) NULL,
	[DtAcesso] DATETIME NOT NULL,
	[Sucesso] BIT NOT NULL,
	CONSTRAINT [PK_LogAcesso] PRIMARY KEY CLUSTERED ([IdLog] ASC)
) ON [PRIMARY];
