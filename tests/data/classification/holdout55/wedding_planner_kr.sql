-- dialect: postgres
-- 웨딩 컨설팅 플랫폼 (wedding-crm) schema
-- flyway V1__init.sql

create table public.hoewon (
    hoewon_id bigserial,
    tenant_id bigint not null,
    login_id varchar(50) not null,
    bimil_beonho varchar(200),
    sinrang_ireum varchar(50),
    sinbu_ireum varchar(50),
    daepyo_hp varchar(20),
    imeil varchar(120),
    jumin_apjari char(6),
    jonggyo varchar(20),
    jaehon_yeobu boolean default false,
    kakao_id varchar(64),
    gaip_ip inet,
    maketing_dongui boolean,
    sakje_yn char(1) default 'N',
    saengseong_ilsi timestamptz default now(),
    sujeong_ilsi timestamptz,
    primary key (hoewon_id)
);

comment on table public.hoewon is '회원 (예비 신랑신부)';
comment on column public.hoewon.hoewon_id is '회원 ID';
comment on column public.hoewon.tenant_id is '테넌트(웨딩 컨설팅사) ID';
comment on column public.hoewon.login_id is '로그인 아이디';
comment on column public.hoewon.bimil_beonho is '비밀번호 (bcrypt)';
comment on column public.hoewon.sinrang_ireum is '신랑 이름';
comment on column public.hoewon.sinbu_ireum is '신부 이름';
comment on column public.hoewon.daepyo_hp is '대표 휴대폰 번호';
comment on column public.hoewon.imeil is '이메일';
comment on column public.hoewon.jumin_apjari is '주민등록번호 앞자리 (생년월일 6자리)';
comment on column public.hoewon.jonggyo is '종교 (기독교/천주교/불교/무교) - 예식 형태 결정용';
comment on column public.hoewon.jaehon_yeobu is '재혼 여부';
comment on column public.hoewon.kakao_id is '카카오 계정 연동 ID';
comment on column public.hoewon.gaip_ip is '가입 IP';
comment on column public.hoewon.maketing_dongui is '마케팅 수신 동의';
comment on column public.hoewon.sakje_yn is '삭제 여부';
comment on column public.hoewon.saengseong_ilsi is '생성 일시';
comment on column public.hoewon.sujeong_ilsi is '수정 일시';

create table public.yesikjang (
    yesikjang_id bigserial,
    sangho varchar(100),
    saeopja_beonho varchar(12),
    daepyo_jeonhwa varchar(20),
    juso varchar(200),
    daepyoja_myeong varchar(50),
    damdangja_hp varchar(20),
    primary key (yesikjang_id)
);

comment on table public.yesikjang is '예식장 (제휴 업체)';
comment on column public.yesikjang.yesikjang_id is '예식장 ID';
comment on column public.yesikjang.sangho is '상호명';
comment on column public.yesikjang.saeopja_beonho is '사업자등록번호';
comment on column public.yesikjang.daepyo_jeonhwa is '대표 전화';
comment on column public.yesikjang.juso is '예식장 주소';
comment on column public.yesikjang.daepyoja_myeong is '대표자명';
comment on column public.yesikjang.damdangja_hp is '담당 플래너 휴대폰';

create table public.hol (
    hol_id bigserial,
    yesikjang_id bigint,
    hol_myeong varchar(50),
    suyong_inwon integer,
    sikdae_danga numeric(10,0),
    jeongnyeol_sunseo smallint,
    sayong_yn char(1),
    primary key (hol_id)
);

comment on table public.hol is '웨딩홀';
comment on column public.hol.hol_id is '홀 ID';
comment on column public.hol.yesikjang_id is '예식장 ID';
comment on column public.hol.hol_myeong is '홀 이름';
comment on column public.hol.suyong_inwon is '수용 인원';
comment on column public.hol.sikdae_danga is '1인 식대 단가';
comment on column public.hol.jeongnyeol_sunseo is '정렬 순서';
comment on column public.hol.sayong_yn is '사용 여부';

create table public.yesik_yeyak (
    yeyak_id bigserial,
    yeyak_beonho varchar(20),
    hoewon_id bigint,
    hol_id bigint,
    yesik_ilsi timestamptz,
    yesik_hyeongtae varchar(10),
    boseungin_su integer,
    gyeyakgeum numeric(12,0),
    sinbu_imsin_yeobu boolean,
    teuksu_yocheong text,
    sangtae_cd varchar(4),
    saengseong_ilsi timestamptz,
    sujeong_ilsi timestamptz,
    sujeong_ja varchar(30),
    primary key (yeyak_id)
);

comment on table public.yesik_yeyak is '예식 예약';
comment on column public.yesik_yeyak.yeyak_id is '예약 ID';
comment on column public.yesik_yeyak.yeyak_beonho is '예약 번호';
comment on column public.yesik_yeyak.hoewon_id is '회원 ID';
comment on column public.yesik_yeyak.hol_id is '홀 ID';
comment on column public.yesik_yeyak.yesik_ilsi is '예식 일시';
comment on column public.yesik_yeyak.yesik_hyeongtae is '예식 형태 (일반/교회/성당/사찰/전통)';
comment on column public.yesik_yeyak.boseungin_su is '보증 인원';
comment on column public.yesik_yeyak.gyeyakgeum is '계약금';
comment on column public.yesik_yeyak.sinbu_imsin_yeobu is '신부 임신 여부 (드레스·식사 조정)';
comment on column public.yesik_yeyak.teuksu_yocheong is '특별 요청사항';
comment on column public.yesik_yeyak.sangtae_cd is '상태 코드';
comment on column public.yesik_yeyak.saengseong_ilsi is '생성 일시';
comment on column public.yesik_yeyak.sujeong_ilsi is '수정 일시';
comment on column public.yesik_yeyak.sujeong_ja is '수정자';

create table public.honju_jeongbo (
    honju_id bigserial,
    yeyak_id bigint,
    cheuk varchar(2),
    gwangye varchar(10),
    ireum varchar(50),
    hp varchar(20),
    goin_yeobu boolean,
    gyejwa_beonho varchar(30),
    eunhaeng_myeong varchar(30),
    yegeumju varchar(50),
    primary key (honju_id)
);

comment on table public.honju_jeongbo is '혼주 정보 (양가 부모)';
comment on column public.honju_jeongbo.honju_id is '혼주 ID';
comment on column public.honju_jeongbo.yeyak_id is '예약 ID';
comment on column public.honju_jeongbo.cheuk is '신랑측/신부측 구분';
comment on column public.honju_jeongbo.gwangye is '관계 (부/모)';
comment on column public.honju_jeongbo.ireum is '혼주 성명';
comment on column public.honju_jeongbo.hp is '휴대폰';
comment on column public.honju_jeongbo.goin_yeobu is '고인 여부 (청첩장 故 표기용)';
comment on column public.honju_jeongbo.gyejwa_beonho is '축의금 계좌번호 (모바일 청첩장 표기)';
comment on column public.honju_jeongbo.eunhaeng_myeong is '은행명';
comment on column public.honju_jeongbo.yegeumju is '예금주';

create table public.hagaek_myeongdan (
    hagaek_id bigserial,
    yeyak_id bigint,
    ireum varchar(50),
    hp varchar(20),
    gwangye_memo varchar(100),
    sikgwon_su smallint,
    allereugi varchar(200),
    hwilcheeo_yeobu boolean,
    chamseok_yeobu boolean,
    primary key (hagaek_id)
);

comment on table public.hagaek_myeongdan is '하객 명단';
comment on column public.hagaek_myeongdan.hagaek_id is '하객 ID';
comment on column public.hagaek_myeongdan.yeyak_id is '예약 ID';
comment on column public.hagaek_myeongdan.ireum is '하객 이름';
comment on column public.hagaek_myeongdan.hp is '연락처';
comment on column public.hagaek_myeongdan.gwangye_memo is '관계 (직장동료, 대학동기 등)';
comment on column public.hagaek_myeongdan.sikgwon_su is '식권 수';
comment on column public.hagaek_myeongdan.allereugi is '알레르기/식이 제한';
comment on column public.hagaek_myeongdan.hwilcheeo_yeobu is '휠체어 필요 여부';
comment on column public.hagaek_myeongdan.chamseok_yeobu is '참석 여부';

create table public.chukuigeum (
    chukuigeum_id bigserial,
    yeyak_id bigint,
    hagaek_id bigint,
    geumaek numeric(10,0),
    bongtu_memo varchar(300),
    jeobsu_ja varchar(30),
    jeobsu_ilsi timestamptz,
    primary key (chukuigeum_id)
);

comment on table public.chukuigeum is '축의금 장부';
comment on column public.chukuigeum.chukuigeum_id is '축의금 ID';
comment on column public.chukuigeum.yeyak_id is '예약 ID';
comment on column public.chukuigeum.hagaek_id is '하객 ID';
comment on column public.chukuigeum.geumaek is '축의금 액수';
comment on column public.chukuigeum.bongtu_memo is '봉투 메모/축하 메시지';
comment on column public.chukuigeum.jeobsu_ja is '접수자';
comment on column public.chukuigeum.jeobsu_ilsi is '접수 일시';

create table public.gyeoljae (
    gyeoljae_id bigserial,
    yeyak_id bigint,
    gyeoljae_sudan varchar(10),
    pg_tid varchar(40),
    geumaek numeric(12,0),
    hwanbul_gyejwa varchar(30),
    hyeongeum_yeongsujeung_no varchar(20),
    gyeoljae_ilsi timestamptz,
    primary key (gyeoljae_id)
);

comment on table public.gyeoljae is '결제';
comment on column public.gyeoljae.gyeoljae_id is '결제 ID';
comment on column public.gyeoljae.yeyak_id is '예약 ID';
comment on column public.gyeoljae.gyeoljae_sudan is '결제수단 (CARD/VBANK/TRANS)';
comment on column public.gyeoljae.pg_tid is 'PG 거래번호';
comment on column public.gyeoljae.geumaek is '결제 금액';
comment on column public.gyeoljae.hwanbul_gyejwa is '환불 계좌번호';
comment on column public.gyeoljae.hyeongeum_yeongsujeung_no is '현금영수증 발급번호 (휴대폰번호)';
comment on column public.gyeoljae.gyeoljae_ilsi is '결제 일시';

create table public.sangdam_girok (
    sangdam_id bigserial,
    hoewon_id bigint,
    planner_id bigint,
    sangdam_naeyong text,
    yesan_beomwi varchar(30),
    sangdam_ilsi timestamptz,
    primary key (sangdam_id)
);

comment on table public.sangdam_girok is '상담 기록';
comment on column public.sangdam_girok.sangdam_id is '상담 ID';
comment on column public.sangdam_girok.hoewon_id is '회원 ID';
comment on column public.sangdam_girok.planner_id is '담당 플래너 ID';
comment on column public.sangdam_girok.sangdam_naeyong is '상담 내용';
comment on column public.sangdam_girok.yesan_beomwi is '예산 범위 (예: 3천~5천만원)';
comment on column public.sangdam_girok.sangdam_ilsi is '상담 일시';

create table public.tenant_seoljeong (
    seoljeong_id bigserial,
    tenant_id bigint,
    seoljeong_ki varchar(60),
    seoljeong_gap jsonb,
    sujeong_ja varchar(30),
    primary key (seoljeong_id)
);

comment on table public.tenant_seoljeong is '테넌트 설정';
comment on column public.tenant_seoljeong.seoljeong_id is '설정 ID';
comment on column public.tenant_seoljeong.tenant_id is '테넌트 ID';
comment on column public.tenant_seoljeong.seoljeong_ki is '설정 키';
comment on column public.tenant_seoljeong.seoljeong_gap is '설정 값';
comment on column public.tenant_seoljeong.sujeong_ja is '수정자';

