-- The night-by-night table of `counterclaim timeline --format csv`, worked
-- out by DuckDB from figures as `counterclaim extract --format jsonl`
-- writes them (one file, or a glob of partitions in order), for figure
-- files too large for one process to hold.
--
--   duckdb -c "SET VARIABLE figures = 'figures.jsonl'" \
--          -c ".read recipes/timeline.sql" \
--          -c "COPY timeline TO 'nights.csv' (HEADER)"
--
-- or `python3 recipes/duckdb_timeline.py figures.jsonl -o nights.csv`.
-- The view `timeline` has the command's columns, rows and order for its
-- default matters; COPY ... (HEADER) writes the same bytes.
--
-- The rules, as the command applies them (src/timeline.rs, src/compare.rs):
-- * A row per night and matter anyone reported: figures with a date that
--   are not running totals (`cumulative`), of the eleven default matters.
-- * A side's (claimant's) figures are grouped into claims by value,
--   qualifier and place (`location`, case and spacing aside). A claim is
--   a part when every figure of it is part of another (`subset_of`).
-- * A side's figure: its whole-country claim (no place, not a part) that
--   most articles give, then most figures, then the larger value, then the
--   claim first given latest; else a place-less part, chosen alike; else
--   the sum over its places of each place's claim chosen alike, with
--   `places` counting them and a qualifier that is exact when every
--   summand is, the summands' one hedge when they share it, else approx.
-- * articles and outlets: distinct ones behind the row's figures; an
--   article's outlet is its figures' `outlet` field, else the article id.
-- * disagree: two claims (parts aside, any side) for the same place, or
--   both for none, whose ranges cannot meet: exact v is [v, v], at_least
--   [v, inf), at_most [0, v], approx [0.8v, 1.2v].
-- Figures are read in the file's order (a claim's first figure breaks the
-- last ties), as the command reads its store; articles are told apart by
-- id, so ids must be unique (the command renames a repeated one, `x~2`,
-- within one run). Places are compared after Unicode white space is folded
-- and DuckDB's lower(), which for a few letters (a Turkish dotted I, a
-- Greek final sigma) lower-cases otherwise than the command.

CREATE OR REPLACE TEMP VIEW timeline_lines AS
SELECT * FROM (VALUES
    (1,  'drones_launched',       'ru', 'drone',   'launched'),
    (2,  'missiles_launched',     'ru', 'missile', 'launched'),
    (3,  'drones_intercepted',    'ru', 'drone',   'intercepted'),
    (4,  'missiles_intercepted',  'ru', 'missile', 'intercepted'),
    (5,  'drones_not_reached',    'ru', 'drone',   'not_reached'),
    (6,  'missiles_not_reached',  'ru', 'missile', 'not_reached'),
    (7,  'ua_drones_intercepted', 'ua', 'drone',   'intercepted'),
    (8,  'killed',                'ru', 'person',  'killed'),
    (9,  'injured',               'ru', 'person',  'injured'),
    (10, 'killed_in_russia',      'ua', 'person',  'killed'),
    (11, 'injured_in_russia',     'ua', 'person',  'injured')
) AS t(line, matter, attacker, item, event);

-- Only the fields the table needs, named, so a file without `outlet`
-- (or with fields added later) reads the same.
CREATE OR REPLACE TEMP VIEW timeline_figures AS
SELECT
    ordinality AS pos,
    article, value, qualifier, item, event, attacker, claimant,
    subset_of, cumulative, date, location,
    coalesce(outlet, article) AS outlet
FROM read_json(
    getvariable('figures'),
    format = 'newline_delimited',
    columns = {
        article: 'VARCHAR', value: 'UBIGINT', qualifier: 'VARCHAR',
        item: 'VARCHAR', event: 'VARCHAR', attacker: 'VARCHAR',
        claimant: 'VARCHAR', subset_of: 'BIGINT', cumulative: 'BOOLEAN',
        date: 'VARCHAR', location: 'VARCHAR', outlet: 'VARCHAR'
    }
) WITH ORDINALITY;

CREATE OR REPLACE TEMP VIEW timeline AS
WITH mentions AS (
    SELECT
        l.line, f.date AS night, f.claimant AS side, f.value, f.qualifier,
        -- Unicode white space runs as one space, then lower case.
        nullif(trim(lower(regexp_replace(f.location,
            '[\x{9}-\x{d}\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]+',
            ' ', 'g')), ' '), '') AS place,
        f.subset_of IS NOT NULL AS part,
        f.article, f.outlet, f.pos
    FROM timeline_figures f
    JOIN timeline_lines l USING (attacker, item, event)
    WHERE NOT coalesce(f.cumulative, false) AND f.date IS NOT NULL
),
claims AS (
    SELECT
        line, night, side, value, qualifier, place,
        count(*) AS figures,
        count(DISTINCT article) AS articles,
        bool_and(part) AS part,
        min(pos) AS first,
        -- 0: for the whole country; 1: a part for no place; 2: a place's.
        CASE WHEN place IS NOT NULL THEN 2 WHEN bool_and(part) THEN 1 ELSE 0 END AS tier
    FROM mentions
    GROUP BY line, night, side, value, qualifier, place
),
best AS (
    SELECT *, min(tier) OVER (PARTITION BY line, night, side) AS side_tier
    FROM claims
    QUALIFY row_number() OVER (
        PARTITION BY line, night, side, tier, place
        ORDER BY articles DESC, figures DESC, value DESC, first DESC
    ) = 1
),
sides AS (
    SELECT
        line, night, side,
        sum(value) AS value,
        CASE count(DISTINCT qualifier) FILTER (WHERE qualifier <> 'exact')
            WHEN 0 THEN 'exact'
            WHEN 1 THEN max(qualifier) FILTER (WHERE qualifier <> 'exact')
            ELSE 'approx'
        END AS qualifier,
        CASE WHEN min(tier) = 2 THEN count(*) ELSE 0 END AS places
    FROM best
    WHERE tier = side_tier
    GROUP BY line, night, side
),
ranges AS (
    SELECT
        line, night, place,
        max(CASE qualifier WHEN 'at_most' THEN 0.0::DOUBLE
                           WHEN 'approx' THEN value::DOUBLE * 0.8::DOUBLE
                           ELSE value::DOUBLE END) AS bottom,
        min(CASE qualifier WHEN 'at_least' THEN 'infinity'::DOUBLE
                           WHEN 'approx' THEN value::DOUBLE * 1.2::DOUBLE
                           ELSE value::DOUBLE END) AS top
    FROM claims
    WHERE NOT part
    GROUP BY line, night, place
),
disagreements AS (
    SELECT line, night, bool_or(bottom > top) AS disagree
    FROM ranges
    GROUP BY line, night
),
cells AS (
    SELECT
        m.line, m.night,
        count(DISTINCT m.article) AS articles,
        count(DISTINCT m.outlet) AS outlets
    FROM mentions m
    GROUP BY m.line, m.night
)
SELECT
    c.night, l.matter, l.attacker, l.item, l.event,
    ua.value AS ua, ua.qualifier AS ua_qualifier, ua.places AS ua_places,
    ru.value AS ru, ru.qualifier AS ru_qualifier, ru.places AS ru_places,
    ot.value AS other, ot.qualifier AS other_qualifier, ot.places AS other_places,
    un.value AS unknown, un.qualifier AS unknown_qualifier, un.places AS unknown_places,
    c.articles, c.outlets,
    CASE WHEN d.disagree THEN 'yes' END AS disagree
FROM cells c
JOIN timeline_lines l USING (line)
LEFT JOIN disagreements d ON d.line = c.line AND d.night = c.night
LEFT JOIN sides ua ON ua.line = c.line AND ua.night = c.night AND ua.side = 'ua'
LEFT JOIN sides ru ON ru.line = c.line AND ru.night = c.night AND ru.side = 'ru'
LEFT JOIN sides ot ON ot.line = c.line AND ot.night = c.night AND ot.side = 'other'
LEFT JOIN sides un ON un.line = c.line AND un.night = c.night AND un.side = 'unknown'
ORDER BY c.night, c.line;
