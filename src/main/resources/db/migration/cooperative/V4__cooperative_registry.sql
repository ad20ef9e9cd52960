-- The registry of cooperatives and women's groups, with the reference list of regions (Morocco's 12 regions of the
-- 2015 division, Tunisia's 24 governorates; ISO 3166-2 codes), their storefront profile and certifications.
create schema if not exists cooperative;

create table cooperative.regions (
    code    varchar(8)   primary key,
    country varchar(2)   not null,
    name_ar varchar(120) not null,
    name_fr varchar(120) not null,
    name_en varchar(120) not null
);

insert into cooperative.regions (code, country, name_ar, name_fr, name_en) values
    ('MA-01', 'MA', 'طنجة تطوان الحسيمة', 'Tanger-Tétouan-Al Hoceïma', 'Tangier-Tetouan-Al Hoceima'),
    ('MA-02', 'MA', 'الشرق', 'L''Oriental', 'Oriental'),
    ('MA-03', 'MA', 'فاس مكناس', 'Fès-Meknès', 'Fez-Meknes'),
    ('MA-04', 'MA', 'الرباط سلا القنيطرة', 'Rabat-Salé-Kénitra', 'Rabat-Sale-Kenitra'),
    ('MA-05', 'MA', 'بني ملال خنيفرة', 'Béni Mellal-Khénifra', 'Beni Mellal-Khenifra'),
    ('MA-06', 'MA', 'الدار البيضاء سطات', 'Casablanca-Settat', 'Casablanca-Settat'),
    ('MA-07', 'MA', 'مراكش آسفي', 'Marrakech-Safi', 'Marrakesh-Safi'),
    ('MA-08', 'MA', 'درعة تافيلالت', 'Drâa-Tafilalet', 'Draa-Tafilalet'),
    ('MA-09', 'MA', 'سوس ماسة', 'Souss-Massa', 'Souss-Massa'),
    ('MA-10', 'MA', 'كلميم واد نون', 'Guelmim-Oued Noun', 'Guelmim-Oued Noun'),
    ('MA-11', 'MA', 'العيون الساقية الحمراء', 'Laâyoune-Sakia El Hamra', 'Laayoune-Sakia El Hamra'),
    ('MA-12', 'MA', 'الداخلة وادي الذهب', 'Dakhla-Oued Ed-Dahab', 'Dakhla-Oued Ed-Dahab'),
    ('TN-11', 'TN', 'تونس', 'Tunis', 'Tunis'),
    ('TN-12', 'TN', 'أريانة', 'Ariana', 'Ariana'),
    ('TN-13', 'TN', 'بن عروس', 'Ben Arous', 'Ben Arous'),
    ('TN-14', 'TN', 'منوبة', 'La Manouba', 'Manouba'),
    ('TN-21', 'TN', 'نابل', 'Nabeul', 'Nabeul'),
    ('TN-22', 'TN', 'زغوان', 'Zaghouan', 'Zaghouan'),
    ('TN-23', 'TN', 'بنزرت', 'Bizerte', 'Bizerte'),
    ('TN-31', 'TN', 'باجة', 'Béja', 'Beja'),
    ('TN-32', 'TN', 'جندوبة', 'Jendouba', 'Jendouba'),
    ('TN-33', 'TN', 'الكاف', 'Le Kef', 'Kef'),
    ('TN-34', 'TN', 'سليانة', 'Siliana', 'Siliana'),
    ('TN-41', 'TN', 'القيروان', 'Kairouan', 'Kairouan'),
    ('TN-42', 'TN', 'القصرين', 'Kasserine', 'Kasserine'),
    ('TN-43', 'TN', 'سيدي بوزيد', 'Sidi Bouzid', 'Sidi Bouzid'),
    ('TN-51', 'TN', 'سوسة', 'Sousse', 'Sousse'),
    ('TN-52', 'TN', 'المنستير', 'Monastir', 'Monastir'),
    ('TN-53', 'TN', 'المهدية', 'Mahdia', 'Mahdia'),
    ('TN-61', 'TN', 'صفاقس', 'Sfax', 'Sfax'),
    ('TN-71', 'TN', 'قفصة', 'Gafsa', 'Gafsa'),
    ('TN-72', 'TN', 'توزر', 'Tozeur', 'Tozeur'),
    ('TN-73', 'TN', 'قبلي', 'Kébili', 'Kebili'),
    ('TN-81', 'TN', 'قابس', 'Gabès', 'Gabes'),
    ('TN-82', 'TN', 'مدنين', 'Médenine', 'Medenine'),
    ('TN-83', 'TN', 'تطاوين', 'Tataouine', 'Tataouine');

create table cooperative.cooperatives (
    id                  uuid primary key,
    slug                varchar(80)  not null,
    name_ar             varchar(150) not null,
    name_fr             varchar(150) not null,
    country             varchar(2)   not null,
    region_code         varchar(8)   not null references cooperative.regions (code),
    legal_form          varchar(24)  not null,
    registration_number varchar(60)  not null,
    founding_year       int          not null,
    members             int          not null,
    contact_phone       varchar(20)  not null,
    applicant_email     varchar(254) not null,
    applicant_name      varchar(120) not null,
    applicant_locale    varchar(8)   not null,
    status              varchar(16)  not null,
    rejection_reason    varchar(1000),
    story_ar            varchar(4000),
    story_fr            varchar(4000),
    story_en            varchar(4000),
    logo                varchar(120),
    applied_at          timestamptz  not null,
    reviewed_at         timestamptz,
    version             bigint       not null default 0
);
create unique index cooperatives_slug_uq on cooperative.cooperatives (slug);
create index cooperatives_status_idx on cooperative.cooperatives (status, applied_at);

create table cooperative.certifications (
    id             uuid primary key,
    cooperative_id uuid         not null references cooperative.cooperatives (id) on delete cascade,
    kind           varchar(32)  not null,
    reference      varchar(80)  not null,
    valid_until    date,
    created_at     timestamptz  not null
);
create index certifications_coop_idx on cooperative.certifications (cooperative_id);
