-- Taawun benchmark data: 2,000 verified cooperatives (1,850 Moroccan in MA-01..MA-12 selling in MAD, 150 Tunisian in
-- the 24 governorates selling in TND) and 50,000 published products (25 per cooperative, one variant each whose id is
-- the product's id), with an ONSSA sanitary authorisation per cooperative (so food products carry the ONSSA label, as
-- the application's own rule derives it) and 1,000,000 units of stock per variant at its cooperative.
--
-- Set-based: every table is filled by one INSERT ... SELECT over generate_series; it runs in a few seconds.
-- Everything is deterministic (ids are md5 of a name, "random" numbers are hashes), in one transaction, and it
-- refuses to run a second time (it checks for the cooperative bench-coop-0001 first).
--
--   psql -v ON_ERROR_STOP=1 -f bench/generate.sql "postgresql://postgres@localhost:PGPORT/postgres"
--
-- Run it against the application's database while the application is running or not; then restart the application
-- with <data-dir>/search-index deleted so that the search index is rebuilt from the database (the caches of
-- storefronts and cooperatives expire after 30 s anyway).

\set ON_ERROR_STOP on
\timing off
set client_min_messages = warning;

begin;

do $$
begin
    if exists (select 1 from cooperative.cooperatives where slug = 'bench-coop-0001') then
        raise exception 'benchmark data already loaded (cooperative bench-coop-0001 exists); use a fresh data dir';
    end if;
end $$;

-- Word lists -----------------------------------------------------------------------------------------------------

-- Places, each with its region (ISO 3166-2 codes of cooperative.regions); Moroccan ones cover MA-01..MA-12,
-- Tunisian ones the 24 governorates.
create temp table bench_places (country varchar(2), idx int, region varchar(8), ar text, fr text, en text) on commit drop;
insert into bench_places
select 'MA', row_number() over () - 1, r, ar, fr, en from (values
    ('MA-09', 'تارودانت', 'Taroudant', 'Taroudant'), ('MA-09', 'تيزنيت', 'Tiznit', 'Tiznit'),
    ('MA-07', 'الصويرة', 'Essaouira', 'Essaouira'), ('MA-09', 'أكادير', 'Agadir', 'Agadir'),
    ('MA-08', 'ورزازات', 'Ouarzazate', 'Ouarzazate'), ('MA-08', 'زاكورة', 'Zagora', 'Zagora'),
    ('MA-08', 'الرشيدية', 'Errachidia', 'Errachidia'), ('MA-08', 'ميدلت', 'Midelt', 'Midelt'),
    ('MA-05', 'خنيفرة', 'Khénifra', 'Khenifra'), ('MA-03', 'أزرو', 'Azrou', 'Azrou'),
    ('MA-03', 'إفران', 'Ifrane', 'Ifrane'), ('MA-03', 'صفرو', 'Sefrou', 'Sefrou'),
    ('MA-01', 'شفشاون', 'Chefchaouen', 'Chefchaouen'), ('MA-01', 'وزان', 'Ouezzane', 'Ouezzane'),
    ('MA-02', 'بركان', 'Berkane', 'Berkane'), ('MA-02', 'فكيك', 'Figuig', 'Figuig'),
    ('MA-03', 'تازة', 'Taza', 'Taza'), ('MA-05', 'خريبكة', 'Khouribga', 'Khouribga'),
    ('MA-05', 'بني ملال', 'Béni Mellal', 'Beni Mellal'), ('MA-05', 'أزيلال', 'Azilal', 'Azilal'),
    ('MA-09', 'طاطا', 'Tata', 'Tata'), ('MA-10', 'كلميم', 'Guelmim', 'Guelmim'),
    ('MA-10', 'سيدي إفني', 'Sidi Ifni', 'Sidi Ifni'), ('MA-07', 'آسفي', 'Safi', 'Safi'),
    ('MA-04', 'القنيطرة', 'Kénitra', 'Kenitra'), ('MA-04', 'الخميسات', 'Khémisset', 'Khemisset'),
    ('MA-06', 'سطات', 'Settat', 'Settat'), ('MA-06', 'الجديدة', 'El Jadida', 'El Jadida'),
    ('MA-11', 'العيون', 'Laâyoune', 'Laayoune'), ('MA-11', 'السمارة', 'Smara', 'Smara'),
    ('MA-12', 'الداخلة', 'Dakhla', 'Dakhla'), ('MA-01', 'تطوان', 'Tétouan', 'Tetouan')
) as v (r, ar, fr, en);
insert into bench_places
select 'TN', row_number() over () - 1, r, ar, fr, en from (values
    ('TN-11', 'تونس', 'Tunis', 'Tunis'), ('TN-12', 'أريانة', 'Ariana', 'Ariana'),
    ('TN-13', 'رادس', 'Radès', 'Rades'), ('TN-14', 'طبربة', 'Tebourba', 'Tebourba'),
    ('TN-21', 'نابل', 'Nabeul', 'Nabeul'), ('TN-22', 'زغوان', 'Zaghouan', 'Zaghouan'),
    ('TN-23', 'سجنان', 'Sejnane', 'Sejnane'), ('TN-31', 'باجة', 'Béja', 'Beja'),
    ('TN-32', 'طبرقة', 'Tabarka', 'Tabarka'), ('TN-33', 'الكاف', 'Le Kef', 'Kef'),
    ('TN-34', 'مكثر', 'Makthar', 'Makthar'), ('TN-41', 'القيروان', 'Kairouan', 'Kairouan'),
    ('TN-42', 'القصرين', 'Kasserine', 'Kasserine'), ('TN-43', 'سيدي بوزيد', 'Sidi Bouzid', 'Sidi Bouzid'),
    ('TN-51', 'سوسة', 'Sousse', 'Sousse'), ('TN-52', 'المنستير', 'Monastir', 'Monastir'),
    ('TN-53', 'المهدية', 'Mahdia', 'Mahdia'), ('TN-61', 'صفاقس', 'Sfax', 'Sfax'),
    ('TN-71', 'قفصة', 'Gafsa', 'Gafsa'), ('TN-72', 'توزر', 'Tozeur', 'Tozeur'),
    ('TN-73', 'دوز', 'Douz', 'Douz'), ('TN-81', 'قابس', 'Gabès', 'Gabes'),
    ('TN-82', 'جربة', 'Djerba', 'Djerba'), ('TN-83', 'تطاوين', 'Tataouine', 'Tataouine')
) as v (r, ar, fr, en);

-- The distinctive word of a cooperative's name.
create temp table bench_words (idx int, ar text, fr text) on commit drop;
insert into bench_words
select row_number() over () - 1, ar, fr from (values
    ('نور', 'Nour'), ('الأمل', 'Al Amal'), ('تيويزي', 'Tiwizi'), ('تيفاوت', 'Tifawt'), ('البركة', 'Al Baraka'),
    ('الوفاء', 'Al Wafa'), ('تامونت', 'Tamount'), ('الصفاء', 'Assafa'), ('النخيل', 'Ennakhil'), ('الخير', 'Al Khayr'),
    ('تافوكت', 'Tafoukt'), ('إزوران', 'Izourane'), ('الفجر', 'Al Fajr'), ('النهضة', 'Ennahda'), ('الإخلاص', 'Al Ikhlass'),
    ('تيليلي', 'Tilelli'), ('الهناء', 'Al Hanaa'), ('أزطا', 'Azetta'), ('تاكمات', 'Tagmat'), ('الياسمين', 'Al Yasmine')
) as v (ar, fr);

create temp table bench_first_names (idx int, name text) on commit drop;
insert into bench_first_names
select row_number() over () - 1, n from unnest(array['Fatima', 'Khadija', 'Aicha', 'Zahra', 'Malika', 'Naima',
    'Rachida', 'Hafsa', 'Amina', 'Salma', 'Itto', 'Touda', 'Mina', 'Hanane', 'Samira', 'Meriem']) as n;
create temp table bench_last_names (idx int, name text) on commit drop;
insert into bench_last_names
select row_number() over () - 1, n from unnest(array['Ait Lahcen', 'Bennani', 'Amrani', 'Ouali', 'Idrissi',
    'El Fassi', 'Tazi', 'Bouzid', 'Trabelsi', 'Ben Salah', 'Jaziri', 'Hammami', 'Oubella', 'Akhiat']) as n;

-- Product kinds per category (names of catalog's Category enum), with the size scale they come in and a base price in
-- MAD for the largest size.
create temp table bench_kinds (category text, t int, unit text, base numeric, ar text, fr text, en text) on commit drop;
insert into bench_kinds
select category, (row_number() over (partition by category order by ord)) - 1, unit, base, ar, fr, en
from (values
    (1, 'OLIVE_OIL', 'L', 75, 'زيت الزيتون البكر الممتاز', 'Huile d''olive extra vierge', 'Extra virgin olive oil'),
    (2, 'OLIVE_OIL', 'L', 60, 'زيت الزيتون البلدي', 'Huile d''olive beldi', 'Beldi olive oil'),
    (3, 'OLIVE_OIL', 'L', 85, 'زيت الزيتون بالأعشاب', 'Huile d''olive aux herbes', 'Herb-infused olive oil'),
    (4, 'ARGAN_OIL', 'L', 380, 'زيت الأركان الغذائي', 'Huile d''argan alimentaire', 'Culinary argan oil'),
    (5, 'ARGAN_OIL', 'L', 350, 'زيت الأركان التجميلي', 'Huile d''argan cosmétique', 'Cosmetic argan oil'),
    (6, 'ARGAN_OIL', 'L', 400, 'زيت الأركان المحمص', 'Huile d''argan torréfiée', 'Roasted argan oil'),
    (7, 'AMLOU', 'G', 160, 'أملو باللوز والعسل', 'Amlou aux amandes et au miel', 'Amlou with almonds and honey'),
    (8, 'AMLOU', 'G', 90, 'أملو بالكاوكاو', 'Amlou aux cacahuètes', 'Peanut amlou'),
    (9, 'AMLOU', 'G', 190, 'أملو تقليدي بزيت الأركان', 'Amlou traditionnel à l''huile d''argan',
        'Traditional amlou with argan oil'),
    (10, 'HONEY', 'G', 180, 'عسل الزعتر', 'Miel de thym', 'Thyme honey'),
    (11, 'HONEY', 'G', 260, 'عسل الدغموس', 'Miel d''euphorbe', 'Euphorbia honey'),
    (12, 'HONEY', 'G', 140, 'عسل الكاليتوس', 'Miel d''eucalyptus', 'Eucalyptus honey'),
    (13, 'HONEY', 'G', 320, 'عسل السدر', 'Miel de jujubier', 'Jujube (sidr) honey'),
    (14, 'COUSCOUS', 'G', 40, 'كسكس مفتول باليد', 'Couscous roulé à la main', 'Hand-rolled couscous'),
    (15, 'COUSCOUS', 'G', 35, 'كسكس الشعير', 'Couscous d''orge', 'Barley couscous'),
    (16, 'COUSCOUS', 'G', 38, 'كسكس القمح الكامل', 'Couscous de blé complet', 'Wholewheat couscous'),
    (17, 'COUSCOUS', 'G', 45, 'كسكس بالخروب', 'Couscous au caroube', 'Carob couscous'),
    (18, 'JUICE', 'L', 30, 'عصير الرمان', 'Jus de grenade', 'Pomegranate juice'),
    (19, 'JUICE', 'L', 18, 'عصير البرتقال', 'Jus d''orange', 'Orange juice'),
    (20, 'JUICE', 'L', 35, 'عصير التين الشوكي', 'Jus de figue de Barbarie', 'Prickly pear juice'),
    (21, 'DATES', 'G', 110, 'تمر المجهول', 'Dattes Medjool', 'Medjool dates'),
    (22, 'DATES', 'G', 70, 'تمر بوفقوس', 'Dattes Boufeggous', 'Boufeggous dates'),
    (23, 'DATES', 'G', 60, 'تمر دقلة نور', 'Dattes Deglet Nour', 'Deglet Nour dates'),
    (24, 'SPICES', 'S', 45, 'رأس الحانوت', 'Ras el hanout', 'Ras el hanout'),
    (25, 'SPICES', 'S', 900, 'زعفران تالوين', 'Safran de Taliouine', 'Taliouine saffron'),
    (26, 'SPICES', 'S', 30, 'كمون بلدي', 'Cumin beldi', 'Beldi cumin'),
    (27, 'SPICES', 'S', 28, 'فلفل أحمر حلو', 'Paprika douce', 'Sweet paprika'),
    (28, 'COSMETICS', 'G', 45, 'صابون أسود بزيت الأركان', 'Savon noir à l''huile d''argan', 'Black soap with argan oil'),
    (29, 'COSMETICS', 'G', 35, 'غاسول طبيعي', 'Ghassoul naturel', 'Natural ghassoul clay'),
    (30, 'COSMETICS', 'L', 50, 'ماء الورد', 'Eau de rose', 'Rose water'),
    (31, 'COSMETICS', 'L', 900, 'زيت بذور التين الشوكي', 'Huile de pépins de figue de Barbarie',
        'Prickly pear seed oil'),
    (32, 'CARPETS', 'R', 1400, 'زربية أمازيغية', 'Tapis berbère', 'Berber rug'),
    (33, 'CARPETS', 'R', 2800, 'زربية بني وراين', 'Tapis Beni Ouarain', 'Beni Ouarain rug'),
    (34, 'CARPETS', 'R', 800, 'زربية بوشرويط', 'Tapis boucherouite', 'Boucherouite rag rug'),
    (35, 'CARPETS', 'R', 1000, 'زربية حنبل منسوجة يدويا', 'Hanbel tissé main', 'Hand-woven hanbel kilim'),
    (36, 'TEXTILES', 'P', 450, 'حايك صوفي', 'Haïk en laine', 'Wool haik'),
    (37, 'TEXTILES', 'P', 550, 'بطانية صوفية منسوجة يدويا', 'Couverture en laine tissée main',
        'Hand-woven wool blanket'),
    (38, 'TEXTILES', 'P', 180, 'وسادة مطرزة', 'Coussin brodé', 'Embroidered cushion'),
    (39, 'TEXTILES', 'P', 110, 'فوطة قطنية', 'Fouta en coton', 'Cotton fouta'),
    (40, 'POTTERY', 'P', 140, 'طاجين من الطين', 'Tajine en terre cuite', 'Clay tagine'),
    (41, 'POTTERY', 'P', 170, 'طبق خزفي مزخرف', 'Plat en céramique peinte', 'Painted ceramic plate'),
    (42, 'POTTERY', 'P', 230, 'جرة فخارية', 'Jarre en terre cuite', 'Clay jar'),
    (43, 'OTHER', 'P', 90, 'سلة من الدوم', 'Panier en doum', 'Doum palm basket'),
    (44, 'OTHER', 'P', 380, 'حقيبة جلدية', 'Sac en cuir', 'Leather bag'),
    (45, 'OTHER', 'P', 160, 'بلغة جلدية', 'Babouches en cuir', 'Leather babouche slippers')
) as v (ord, category, unit, base, ar, fr, en);

-- Sizes of each scale: label, share of the base price, weight in grams.
create temp table bench_sizes (unit text, s int, ar text, fr text, en text, factor numeric, grams int) on commit drop;
insert into bench_sizes values
    ('L', 0, '250 مل', '250 ml', '250 ml', 0.30, 250), ('L', 1, '500 مل', '500 ml', '500 ml', 0.55, 500),
    ('L', 2, '1 لتر', '1 l', '1 l', 1.00, 1000),
    ('G', 0, '250 غ', '250 g', '250 g', 0.30, 250), ('G', 1, '500 غ', '500 g', '500 g', 0.55, 500),
    ('G', 2, '1 كغ', '1 kg', '1 kg', 1.00, 1000),
    ('S', 0, '50 غ', '50 g', '50 g', 0.30, 50), ('S', 1, '100 غ', '100 g', '100 g', 0.55, 100),
    ('S', 2, '250 غ', '250 g', '250 g', 1.00, 250),
    ('R', 0, 'صغيرة', 'petit', 'small', 0.40, 3000), ('R', 1, 'متوسطة', 'moyen', 'medium', 0.70, 6000),
    ('R', 2, 'كبيرة', 'grand', 'large', 1.00, 12000),
    ('P', 0, 'صغير', 'petit modèle', 'small', 0.60, 400), ('P', 1, 'متوسط', 'modèle moyen', 'medium', 0.80, 800),
    ('P', 2, 'كبير', 'grand modèle', 'large', 1.00, 1500);

create temp table bench_qualities (idx int, ar text, fr text, en text) on commit drop;
insert into bench_qualities values
    (0, 'من محصول هذا العام', 'de la récolte de l''année', 'from this year''s harvest'),
    (1, 'صنع يدوي', 'fait à la main', 'handmade'),
    (2, 'بدون أي إضافات', 'sans aucun additif', 'with no additives'),
    (3, 'حرفة متوارثة من الأمهات', 'savoir-faire transmis de mère en fille', 'skills handed down from mother to daughter'),
    (4, 'من المنتجات مباشرة إليكم', 'directement des productrices', 'direct from the women who make it');

-- The categories, in the order used to give each cooperative four of them.
create temp table bench_categories (idx int, category text, food boolean) on commit drop;
insert into bench_categories values
    (0, 'OLIVE_OIL', true), (1, 'ARGAN_OIL', true), (2, 'AMLOU', true), (3, 'HONEY', true), (4, 'COUSCOUS', true),
    (5, 'JUICE', true), (6, 'DATES', true), (7, 'SPICES', true), (8, 'COSMETICS', false), (9, 'CARPETS', false),
    (10, 'TEXTILES', false), (11, 'POTTERY', false), (12, 'OTHER', false);

-- Cooperatives ----------------------------------------------------------------------------------------------------
-- Cooperative i is Tunisian when i % 40 is 7, 20 or 33 (exactly 150 of 2,000, spread over the numbers).

create temp table bench_coops on commit drop as
select i,
       md5('bench-coop-' || i)::uuid as id,
       'bench-coop-' || lpad(i::text, 4, '0') as slug,
       case when i % 40 in (7, 20, 33) then 'TN' else 'MA' end as country,
       case when i % 40 in (7, 20, 33) then (i / 40 * 3 + (i % 40) / 13) % 24 else i % 32 end as place_idx
from generate_series(1, 2000) as i;

insert into cooperative.cooperatives (
    id, slug, name_ar, name_fr, country, region_code, legal_form, registration_number, founding_year, members,
    contact_phone, applicant_email, applicant_name, applicant_locale, status, rejection_reason, story_ar, story_fr,
    story_en, logo, applied_at, reviewed_at, version)
select c.id,
       c.slug,
       'تعاونية ' || w.ar || ' ' || p.ar,
       'Coopérative ' || w.fr || ' ' || p.fr,
       c.country,
       p.region,
       'COOPERATIVE',
       case when c.country = 'MA' then 'ODCO-BN-' else 'GDA-BN-' end || (1995 + c.i % 29) || '-' || lpad(c.i::text, 4, '0'),
       1995 + c.i % 29,
       7 + c.i % 83,
       case when c.country = 'MA' then '+2126' || lpad(((c.i * 7919) % 100000000)::text, 8, '0')
            else '+2169' || lpad(((c.i * 7919) % 10000000)::text, 7, '0') end,
       c.slug || '@bench.taawun.test',
       fn.name || ' ' || ln.name,
       case when c.country = 'TN' or c.i % 5 = 0 then 'fr' else 'ar' end,
       'VERIFIED',
       null,
       'نساء تعاونية ' || w.ar || ' في ' || p.ar || ' ينتجن منتجات محلية ' || q.ar || '.',
       'Les femmes de la coopérative ' || w.fr || ', à ' || p.fr || ', vendent des produits du terroir '
           || q.fr || '.',
       'The women of the ' || w.fr || ' cooperative in ' || p.en || ' sell local products, ' || q.en || '.',
       null,
       now() - make_interval(days => 40 + c.i % 900),
       now() - make_interval(days => 37 + c.i % 900),
       0
from bench_coops c
join bench_places p on p.country = c.country and p.idx = c.place_idx
join bench_words w on w.idx = (c.i * 7) % 20
join bench_first_names fn on fn.idx = c.i % 16
join bench_last_names ln on ln.idx = (c.i / 16) % 14
join bench_qualities q on q.idx = c.i % 5;

-- Every bench cooperative holds a valid ONSSA sanitary authorisation (the application requires one to publish food).
-- checked by an administrator, as a certification must be to unlock food publishing and show as a label
insert into cooperative.certifications (id, cooperative_id, kind, reference, valid_until, created_at, status,
                                        reviewed_at)
select md5('bench-cert-' || c.i)::uuid, c.id, 'ONSSA_AUTHORISATION',
       'AS.' || lpad((c.i % 12 + 1)::text, 2, '0') || '.' || lpad(c.i::text, 4, '0') || '.2022',
       date '2029-12-31', now() - make_interval(days => 30), 'CHECKED', now() - make_interval(days => 29)
from bench_coops c;

-- Products --------------------------------------------------------------------------------------------------------
-- Product n belongs to cooperative (n - 1) / 25 + 1; a cooperative sells four categories (its number and +3, +6, +9,
-- modulo 13), Tunisian ones olive oil instead of argan oil and dates instead of amlou.

create temp table bench_products on commit drop as
select n,
       md5('bench-product-' || n)::uuid as id,
       c.id as coop_id,
       c.i as coop_i,
       c.country,
       c.place_idx,
       k,
       case when c.country = 'TN' and cat.category = 'ARGAN_OIL' then 'OLIVE_OIL'
            when c.country = 'TN' and cat.category = 'AMLOU' then 'DATES'
            else cat.category end as category,
       abs(hashtext('bench-price-' || n)) % 31 as jitter
from generate_series(1, 50000) as n
cross join lateral (select (n - 1) % 25 as k) kk
join bench_coops c on c.i = (n - 1) / 25 + 1
join bench_categories cat on cat.idx = (c.i + (kk.k % 4) * 3) % 13;

create temp table bench_product_rows on commit drop as
select bp.n, bp.id, bp.coop_id, bp.country, bp.category,
       kd.ar || ' ' || sz.ar || ' – ' || pl.ar as name_ar,
       kd.fr || ' ' || sz.fr || ' – ' || pl.fr as name_fr,
       kd.en || ' ' || sz.en || ' – ' || pl.en as name_en,
       kd.ar || ' من ' || co.name_ar || '، ' || q.ar || '.' as description_ar,
       kd.fr || ' de la ' || co.name_fr || ', ' || q.fr || '.' as description_fr,
       kd.en || ' from ' || replace(co.name_fr, 'Coopérative ', 'the ') || ' cooperative, ' || q.en || '.'
           as description_en,
       case when bp.country = 'MA' then round(kd.base * sz.factor * (0.85 + bp.jitter / 100.0))
            else round(kd.base * sz.factor * (0.85 + bp.jitter / 100.0) / 3.2 * 2) / 2 end as price,
       case when bc.food then 'ONSSA' else '' end as labels,
       sz.grams,
       co.region_code,
       now() - make_interval(days => 31 + bp.n % 300, mins => bp.n % 1440) as created_at
from bench_products bp
join cooperative.cooperatives co on co.id = bp.coop_id
join bench_places pl on pl.country = bp.country and pl.idx = bp.place_idx
join bench_categories bc on bc.category = bp.category
join lateral (select count(*) as cnt from bench_kinds x where x.category = bp.category) nk on true
join bench_kinds kd on kd.category = bp.category and kd.t = (bp.k / 4 + bp.coop_i) % nk.cnt
join bench_sizes sz on sz.unit = kd.unit and sz.s = (bp.k / 4 + bp.coop_i / 3 + bp.n) % 3
join bench_qualities q on q.idx = bp.n % 5;

insert into catalog.products (
    id, cooperative_id, name_ar, name_fr, name_en, description_ar, description_fr, description_en, category,
    currency, min_price, country, region_code, labels, weight_grams, status, created_at, published_at, version, voice)
select id, coop_id, name_ar, name_fr, name_en, description_ar, description_fr, description_en, category,
       case when country = 'MA' then 'MAD' else 'TND' end, price, country, region_code, labels, grams, 'PUBLISHED',
       created_at, created_at + interval '2 hours', 0, null
from bench_product_rows;

insert into catalog.variants (id, product_id, position, sku, price)
select id, id, 0, 'BN-' || lpad(n::text, 5, '0'), price
from bench_product_rows;

insert into inventory.stock_levels (variant_id, location_id, location_kind, on_hand, reserved)
select id, coop_id, 'COOPERATIVE', 1000000, 0
from bench_product_rows;

-- A sanity check before committing: the joins above must have produced every row.
do $$
declare
    coops int := (select count(*) from cooperative.cooperatives where slug like 'bench-coop-%');
    products int := (select count(*) from catalog.products p join cooperative.cooperatives c on c.id = p.cooperative_id
                     where c.slug like 'bench-coop-%');
    variants int := (select count(*) from catalog.variants v join catalog.products p on p.id = v.product_id
                     join cooperative.cooperatives c on c.id = p.cooperative_id where c.slug like 'bench-coop-%');
    stock int := (select count(*) from inventory.stock_levels s join cooperative.cooperatives c on c.id = s.location_id
                  where c.slug like 'bench-coop-%');
begin
    if coops <> 2000 or products <> 50000 or variants <> 50000 or stock <> 50000 then
        raise exception 'bench data incomplete: % cooperatives, % products, % variants, % stock rows',
            coops, products, variants, stock;
    end if;
end $$;

commit;

analyze cooperative.cooperatives;
analyze cooperative.certifications;
analyze catalog.products;
analyze catalog.variants;
analyze inventory.stock_levels;

select (select count(*) from cooperative.cooperatives where slug like 'bench-coop-%') as bench_cooperatives,
       (select count(*) from cooperative.cooperatives where slug like 'bench-coop-%' and country = 'TN') as tunisian,
       (select count(*) from catalog.products p join cooperative.cooperatives c on c.id = p.cooperative_id
        where c.slug like 'bench-coop-%') as bench_products;
