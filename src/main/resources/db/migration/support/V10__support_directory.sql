-- The service directory of the support chatbot: where a woman facing violence can call or go (listening lines,
-- police, gendarmerie, civil protection, ambulance, support cells in courts and hospitals, listening centres,
-- shelters, legal aid, psychological support). National numbers are valid everywhere (no region, no city); local
-- services belong to a region (cooperative.regions codes, checked by the application: no foreign key across
-- modules) and usually a city. Entries marked example are demo entries, shown as examples to be checked.
-- Nothing here identifies a person.
create schema if not exists support;

create table support.services (
    id          uuid primary key,
    kind        varchar(32)  not null,
    name_ar     varchar(200) not null,
    name_fr     varchar(200) not null,
    phone       varchar(20)  not null,
    address     varchar(300),
    city        varchar(100),
    country     varchar(2)   not null,
    region_code varchar(8),
    hours       varchar(120),
    free        boolean      not null default false,
    languages   varchar(60),
    latitude    numeric(9, 6),
    longitude   numeric(9, 6),
    national    boolean      not null default false,
    example     boolean      not null default false,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0,
    constraint services_kind_ck check (kind in ('LISTENING_LINE', 'POLICE', 'GENDARMERIE', 'CIVIL_PROTECTION',
        'AMBULANCE', 'COURT_CELL', 'HOSPITAL_UNIT', 'LISTENING_CENTRE', 'SHELTER', 'LEGAL_AID',
        'PSYCHOLOGICAL_SUPPORT')),
    constraint services_country_ck check (country in ('MA', 'TN')),
    constraint services_place_ck check (
        (national and region_code is null and city is null) or (not national and region_code is not null)),
    constraint services_latitude_ck check (latitude between -90 and 90),
    constraint services_longitude_ck check (longitude between -180 and 180),
    constraint services_coordinates_ck check ((latitude is null) = (longitude is null))
);
create index services_place_idx on support.services (country, region_code, city);

-- The national numbers (reference data, not demo data). Morocco's former line 0 8000 8888 is discontinued. Free is
-- true where the call is known to be free (emergency numbers, the listening and green lines); false means "not
-- stated". Languages are left empty until confirmed. Morocco's medical emergency number (141, some sources 150) is
-- to be verified: it is a demo example, not seeded here.
insert into support.services (id, kind, name_ar, name_fr, phone, country, hours, free, languages, national) values
    ('7d0b3c1e-5a52-4d8f-9a0e-2f7c0a9a8350', 'LISTENING_LINE',
     'خط الاستماع "كلنا معك" للنساء ضحايا العنف (الاتحاد الوطني لنساء المغرب)',
     'Ligne d''écoute « Kolonamaak » pour les femmes victimes de violence (UNFM)',
     '8350', 'MA', '24/7', true, null, true),
    ('3f6e2a44-0c1b-4a5e-8f8e-6b1d2c3a0019', 'POLICE', 'الشرطة (الأمن الوطني)', 'Police (Sûreté nationale)',
     '19', 'MA', '24/7', true, null, true),
    ('3f6e2a44-0c1b-4a5e-8f8e-6b1d2c3a0112', 'POLICE', 'رقم الطوارئ من الهاتف المحمول',
     'Numéro d''urgence depuis un mobile', '112', 'MA', '24/7', true, null, true),
    ('3f6e2a44-0c1b-4a5e-8f8e-6b1d2c3a0177', 'GENDARMERIE', 'الدرك الملكي', 'Gendarmerie royale',
     '177', 'MA', '24/7', true, null, true),
    ('3f6e2a44-0c1b-4a5e-8f8e-6b1d2c3a0015', 'CIVIL_PROTECTION', 'الوقاية المدنية', 'Protection civile',
     '15', 'MA', '24/7', true, null, true),
    ('5a1c9e20-7b3d-4f60-9c2e-1d4b6a7e1899', 'LISTENING_LINE',
     'الخط الأخضر للنساء ضحايا العنف', 'Ligne verte pour les femmes victimes de violence',
     '1899', 'TN', '24/7', true, null, true),
    ('5a1c9e20-7b3d-4f60-9c2e-1d4b6a7e1809', 'PSYCHOLOGICAL_SUPPORT', 'خط الدعم النفسي', 'Ligne de soutien psychologique',
     '1809', 'TN', null, false, null, true),
    ('5a1c9e20-7b3d-4f60-9c2e-1d4b6a7e0197', 'POLICE', 'الشرطة', 'Police', '197', 'TN', '24/7', true, null,
     true),
    ('5a1c9e20-7b3d-4f60-9c2e-1d4b6a7e0193', 'GENDARMERIE', 'الحرس الوطني', 'Garde nationale', '193', 'TN', '24/7',
     true, null, true),
    ('5a1c9e20-7b3d-4f60-9c2e-1d4b6a7e0198', 'CIVIL_PROTECTION', 'الحماية المدنية', 'Protection civile', '198', 'TN',
     '24/7', true, null, true),
    ('5a1c9e20-7b3d-4f60-9c2e-1d4b6a7e0190', 'AMBULANCE', 'الإسعاف الطبي الاستعجالي (SAMU)',
     'Aide médicale urgente (SAMU)', '190', 'TN', '24/7', true, null, true);
