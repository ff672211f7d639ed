-- dialect: postgres
-- source: https://github.com/flarum/framework/blob/70770d2499b771f557ae9f9b8595ba9816873857/framework/core/migrations/pgsql-install.dump (MIT)
-- subset: file head through the last CREATE TABLE/SEQUENCE (db_prefix_users_id_seq); the trailing ALTER ... SET DEFAULT / ADD CONSTRAINT / CREATE INDEX section is not included
--
-- PostgreSQL database dump
--

-- Dumped from database version 14.11 (Debian 14.11-1.pgdg120+2)
-- Dumped by pg_dump version 15.6 (Debian 15.6-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: public; Type: SCHEMA; Schema: -; Owner: -
--

-- *not* creating schema, since initdb creates it


--
-- Name: SCHEMA public; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA public IS '';


SET default_tablespace = '';

--
-- Name: db_prefix_access_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_access_tokens (
    token character varying(40) NOT NULL,
    user_id integer NOT NULL,
    last_activity_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone NOT NULL,
    type character varying(100) NOT NULL,
    id integer NOT NULL,
    title character varying(150),
    last_ip_address character varying(45),
    last_user_agent character varying(255)
);


--
-- Name: db_prefix_access_tokens_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.db_prefix_access_tokens_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: db_prefix_access_tokens_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.db_prefix_access_tokens_id_seq OWNED BY public.db_prefix_access_tokens.id;


--
-- Name: db_prefix_api_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_api_keys (
    key character varying(100) NOT NULL,
    id integer NOT NULL,
    allowed_ips character varying(255),
    scopes character varying(255),
    user_id integer,
    created_at timestamp(0) without time zone NOT NULL,
    last_activity_at timestamp(0) without time zone
);


--
-- Name: db_prefix_api_keys_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.db_prefix_api_keys_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: db_prefix_api_keys_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.db_prefix_api_keys_id_seq OWNED BY public.db_prefix_api_keys.id;


--
-- Name: db_prefix_discussion_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_discussion_user (
    user_id integer NOT NULL,
    discussion_id integer NOT NULL,
    last_read_at timestamp(0) without time zone,
    last_read_post_number integer
);


--
-- Name: db_prefix_discussions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_discussions (
    id integer NOT NULL,
    title character varying(200) NOT NULL,
    comment_count integer DEFAULT 1 NOT NULL,
    participant_count integer DEFAULT 0 NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    user_id integer,
    first_post_id integer,
    last_posted_at timestamp(0) without time zone,
    last_posted_user_id integer,
    last_post_id integer,
    last_post_number integer,
    hidden_at timestamp without time zone,
    hidden_user_id integer,
    slug character varying(255) NOT NULL,
    is_private boolean DEFAULT false NOT NULL
);


--
-- Name: db_prefix_discussions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.db_prefix_discussions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: db_prefix_discussions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.db_prefix_discussions_id_seq OWNED BY public.db_prefix_discussions.id;


--
-- Name: db_prefix_email_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_email_tokens (
    token character varying(100) NOT NULL,
    email character varying(150) NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp(0) without time zone NOT NULL
);


--
-- Name: db_prefix_group_permission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_group_permission (
    group_id integer NOT NULL,
    permission character varying(100) NOT NULL,
    created_at timestamp(0) without time zone
);


--
-- Name: db_prefix_group_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_group_user (
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    created_at timestamp(0) without time zone
);


--
-- Name: db_prefix_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_groups (
    id integer NOT NULL,
    name_singular character varying(100) NOT NULL,
    name_plural character varying(100) NOT NULL,
    color character varying(20),
    icon character varying(100),
    is_hidden boolean DEFAULT false NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);


--
-- Name: db_prefix_groups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.db_prefix_groups_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: db_prefix_groups_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.db_prefix_groups_id_seq OWNED BY public.db_prefix_groups.id;


--
-- Name: db_prefix_login_providers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_login_providers (
    id integer NOT NULL,
    user_id integer NOT NULL,
    provider character varying(100) NOT NULL,
    identifier character varying(100) NOT NULL,
    created_at timestamp(0) without time zone,
    last_login_at timestamp(0) without time zone
);


--
-- Name: db_prefix_login_providers_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.db_prefix_login_providers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: db_prefix_login_providers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.db_prefix_login_providers_id_seq OWNED BY public.db_prefix_login_providers.id;


--
-- Name: db_prefix_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_migrations (
    id integer NOT NULL,
    migration character varying(255) NOT NULL,
    extension character varying(255)
);


--
-- Name: db_prefix_migrations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.db_prefix_migrations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: db_prefix_migrations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.db_prefix_migrations_id_seq OWNED BY public.db_prefix_migrations.id;


--
-- Name: db_prefix_notifications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_notifications (
    id integer NOT NULL,
    user_id integer NOT NULL,
    from_user_id integer,
    type character varying(100) NOT NULL,
    subject_id integer,
    data bytea,
    created_at timestamp(0) without time zone NOT NULL,
    is_deleted boolean DEFAULT false NOT NULL,
    read_at timestamp(0) without time zone
);


--
-- Name: db_prefix_notifications_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.db_prefix_notifications_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: db_prefix_notifications_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.db_prefix_notifications_id_seq OWNED BY public.db_prefix_notifications.id;


--
-- Name: db_prefix_password_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_password_tokens (
    token character varying(100) NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp(0) without time zone NOT NULL
);


--
-- Name: db_prefix_post_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_post_user (
    post_id integer NOT NULL,
    user_id integer NOT NULL
);


--
-- Name: db_prefix_posts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_posts (
    id integer NOT NULL,
    discussion_id integer NOT NULL,
    number integer,
    created_at timestamp(0) without time zone NOT NULL,
    user_id integer,
    type character varying(100),
    content text,
    edited_at timestamp(0) without time zone,
    edited_user_id integer,
    hidden_at timestamp(0) without time zone,
    hidden_user_id integer,
    ip_address character varying(45),
    is_private boolean DEFAULT false NOT NULL
);


--
-- Name: COLUMN db_prefix_posts.content; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.db_prefix_posts.content IS ' ';


--
-- Name: db_prefix_posts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.db_prefix_posts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: db_prefix_posts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.db_prefix_posts_id_seq OWNED BY public.db_prefix_posts.id;


--
-- Name: db_prefix_registration_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_registration_tokens (
    token character varying(100) NOT NULL,
    payload text,
    created_at timestamp(0) without time zone NOT NULL,
    provider character varying(255) NOT NULL,
    identifier character varying(255) NOT NULL,
    user_attributes text
);


--
-- Name: db_prefix_settings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_settings (
    key character varying(100) NOT NULL,
    value text
);


--
-- Name: db_prefix_unsubscribe_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_unsubscribe_tokens (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    email_type character varying(255) NOT NULL,
    token character varying(100) NOT NULL,
    unsubscribed_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);


--
-- Name: db_prefix_unsubscribe_tokens_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.db_prefix_unsubscribe_tokens_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: db_prefix_unsubscribe_tokens_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.db_prefix_unsubscribe_tokens_id_seq OWNED BY public.db_prefix_unsubscribe_tokens.id;


--
-- Name: db_prefix_users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.db_prefix_users (
    id integer NOT NULL,
    username character varying(100) NOT NULL,
    email character varying(150) NOT NULL,
    is_email_confirmed boolean DEFAULT false NOT NULL,
    password character varying(100) NOT NULL,
    avatar_url character varying(100),
    preferences json,
    joined_at timestamp(0) without time zone,
    last_seen_at timestamp(0) without time zone,
    marked_all_as_read_at timestamp(0) without time zone,
    read_notifications_at timestamp(0) without time zone,
    discussion_count integer DEFAULT 0 NOT NULL,
    comment_count integer DEFAULT 0 NOT NULL
);


--
-- Name: db_prefix_users_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.db_prefix_users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: db_prefix_users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.db_prefix_users_id_seq OWNED BY public.db_prefix_users.id;
