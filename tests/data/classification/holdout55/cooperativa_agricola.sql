-- dialect: tsql
-- SGC - Sistema de Gestao da Cooperativa (legado, migrado do Access em 2011)
USE [SGC_COOP]
GO

CREATE TABLE [dbo].[tb_cooperado](
	[id_cooperado] INT IDENTITY(1,1) NOT NULL,
	[nr_matricula] VARCHAR(10) NOT NULL, -- matricula na cooperativa
	[nm_cooperado] VARCHAR(120) NOT NULL,
	[nm_social] VARCHAR(120) NULL, -- nome social
	[nr_cpf] CHAR(11) NULL,
	[nr_rg] VARCHAR(15) NULL,
	[ds_orgao_emissor] VARCHAR(10) NULL, -- SSP/UF
	[dt_nascimento] DATE NULL,
	[tp_sexo] CHAR(1) NULL,
	[ds_estado_civil] VARCHAR(20) NULL,
	[nm_conjuge] VARCHAR(120) NULL,
	[nr_nis] VARCHAR(11) NULL, -- NIS/PIS
	[nr_dap_caf] VARCHAR(25) NULL, -- DAP/CAF agricultura familiar
	[ds_email] VARCHAR(120) NULL,
	[nr_celular] VARCHAR(15) NULL,
	[fl_sindicalizado] BIT NOT NULL DEFAULT 0, -- filiado ao sindicato dos trabalhadores rurais
	[id_usuario_inclusao] INT NULL,
	[dt_inclusao] DATETIME2 NOT NULL,
	[fl_ativo] BIT NOT NULL DEFAULT 1,
	CONSTRAINT [PK_tb_cooperado] PRIMARY KEY CLUSTERED ([id_cooperado] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tb_propriedade](
	[id_propriedade] INT IDENTITY(1,1) NOT NULL,
	[id_cooperado] INT NOT NULL,
	[nm_propriedade] VARCHAR(100) NULL, -- Sitio/Fazenda
	[ds_endereco_rural] VARCHAR(200) NULL, -- estrada, km, comunidade
	[nm_municipio] VARCHAR(60) NULL,
	[sg_uf] CHAR(2) NULL,
	[nr_cep] CHAR(8) NULL,
	[nr_car] VARCHAR(50) NULL, -- Cadastro Ambiental Rural
	[qt_area_ha] DECIMAL(10,2) NULL,
	[vl_latitude] DECIMAL(9,6) NULL,
	[vl_longitude] DECIMAL(9,6) NULL,
	CONSTRAINT [PK_tb_propriedade] PRIMARY KEY CLUSTERED ([id_propriedade] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tb_conta_bancaria](
	[id_conta] INT IDENTITY(1,1) NOT NULL,
	[id_cooperado] INT NOT NULL,
	[cd_banco] CHAR(3) NULL,
	[nr_agencia] VARCHAR(6) NULL,
	[nr_conta] VARCHAR(15) NULL,
	[ds_chave_pix] VARCHAR(77) NULL, -- CPF, e-mail, celular ou aleatoria
	[tp_conta] CHAR(2) NULL, -- CC/CP
	CONSTRAINT [PK_tb_conta_bancaria] PRIMARY KEY CLUSTERED ([id_conta] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tb_produto](
	[id_produto] INT IDENTITY(1,1) NOT NULL,
	[ds_produto] VARCHAR(80) NOT NULL,
	[sg_unidade] VARCHAR(5) NULL, -- sc, kg, L
	[vl_preco_referencia] DECIMAL(12,2) NULL,
	[fl_ativo] BIT NOT NULL,
	CONSTRAINT [PK_tb_produto] PRIMARY KEY CLUSTERED ([id_produto] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tb_empresa_compradora](
	[id_empresa] INT IDENTITY(1,1) NOT NULL,
	[nr_cnpj] CHAR(14) NOT NULL,
	[ds_razao_social] VARCHAR(150) NULL,
	[ds_endereco] VARCHAR(200) NULL,
	[nr_telefone] VARCHAR(15) NULL,
	[nm_contato] VARCHAR(100) NULL,
	[ds_email_contato] VARCHAR(120) NULL,
	CONSTRAINT [PK_tb_empresa_compradora] PRIMARY KEY CLUSTERED ([id_empresa] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tb_entrega_producao](
	[id_entrega] BIGINT IDENTITY(1,1) NOT NULL,
	[nr_romaneio] VARCHAR(20) NOT NULL,
	[id_cooperado] INT NOT NULL,
	[id_produto] INT NOT NULL,
	[qt_peso_kg] DECIMAL(12,3) NULL,
	[pc_umidade] DECIMAL(5,2) NULL, -- umidade do grao
	[vl_total] DECIMAL(14,2) NULL,
	[dt_entrega] DATETIME2 NULL,
	[id_usuario_balanca] INT NULL, -- balanceiro
	[nm_motorista] VARCHAR(100) NULL,
	[nr_placa_veiculo] VARCHAR(8) NULL,
	CONSTRAINT [PK_tb_entrega_producao] PRIMARY KEY CLUSTERED ([id_entrega] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tb_adiantamento](
	[id_adiantamento] INT IDENTITY(1,1) NOT NULL,
	[id_cooperado] INT NOT NULL,
	[vl_adiantamento] DECIMAL(14,2) NULL, -- adiantamento de custeio
	[vl_renda_bruta_anual] DECIMAL(14,2) NULL,
	[ds_garantia] VARCHAR(200) NULL, -- penhor da safra, aval
	[fl_inadimplente] BIT NULL, -- negativado SPC/Serasa
	[dt_vencimento] DATE NULL,
	[id_usuario_aprovacao] INT NULL,
	CONSTRAINT [PK_tb_adiantamento] PRIMARY KEY CLUSTERED ([id_adiantamento] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tb_tecnico](
	[id_tecnico] INT IDENTITY(1,1) NOT NULL,
	[nm_tecnico] VARCHAR(100) NOT NULL,
	[nr_crea] VARCHAR(20) NULL, -- registro CREA
	[ds_especialidade] VARCHAR(60) NULL,
	[nr_celular_corporativo] VARCHAR(15) NULL,
	CONSTRAINT [PK_tb_tecnico] PRIMARY KEY CLUSTERED ([id_tecnico] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tb_visita_tecnica](
	[id_visita] INT IDENTITY(1,1) NOT NULL,
	[id_propriedade] INT NOT NULL,
	[id_tecnico] INT NOT NULL,
	[dt_visita] DATETIME2 NULL,
	[ds_observacao] VARCHAR(MAX) NULL,
	[img_assinatura] VARBINARY(MAX) NULL, -- assinatura do cooperado
	[fl_uso_agrotoxico] BIT NULL,
	CONSTRAINT [PK_tb_visita_tecnica] PRIMARY KEY CLUSTERED ([id_visita] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tb_assembleia_presenca](
	[id_presenca] INT IDENTITY(1,1) NOT NULL,
	[id_assembleia] INT NOT NULL,
	[id_cooperado] INT NOT NULL,
	[fl_procuracao] BIT NULL, -- presenca por procuracao
	[nm_procurador] VARCHAR(120) NULL,
	[dt_registro] DATETIME2 NULL,
	CONSTRAINT [PK_tb_assembleia_presenca] PRIMARY KEY CLUSTERED ([id_presenca] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tb_parametro](
	[cd_parametro] VARCHAR(40) NOT NULL,
	[vl_parametro] VARCHAR(200) NULL,
	[ds_parametro] VARCHAR(200) NULL,
	[dt_alteracao] DATETIME2 NULL,
	CONSTRAINT [PK_tb_parametro] PRIMARY KEY CLUSTERED ([cd_parametro] ASC)
) ON [PRIMARY]
GO

