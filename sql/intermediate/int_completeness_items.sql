-- grain: one row per latest document × disclosure checklist item (ref_disclosure_checklist.item_id)
-- depends_on: int_documents_latest, sections, ref_disclosure_checklist
-- description: Which standard parts of a disclosure each document has. Every section heading is assigned to at most
-- description: one checklist item: the one whose pattern matched is longest, then the one matching earliest in the
-- description: title (the qualifier comes first in Chinese: 财政拨款收支预算 is fiscal_total, not total), then
-- description: item_id. An item is found when some heading is assigned to it. `required` follows required_for.
with latest as (
    select * from int_documents_latest
),

sections_src as (
    select * from sections
),

checklist as (
    select * from ref_disclosure_checklist
),

patterns as (
    select
        item_id,
        unnest(string_split(patterns, '|')) as pattern
    from checklist
),

doc_sections as (
    select
        s.doc_id,
        s.ordinal,
        s.path,
        s.title
    from sections_src as s
    join latest as l using (doc_id)
),

matches as (
    select
        s.doc_id,
        s.ordinal,
        s.path,
        s.title,
        p.item_id,
        p.pattern,
        row_number() over (
            partition by s.doc_id, s.ordinal
            order by length(p.pattern) desc, strpos(s.title, p.pattern) asc, p.item_id asc
        ) as match_rank
    from doc_sections as s
    join patterns as p
      on p.pattern <> ''
     and contains(s.title, p.pattern)
),

assigned as (
    select
        doc_id,
        item_id,
        arg_min(path, ordinal) as first_section_path,
        arg_min(title, ordinal) as first_section_title,
        arg_min(pattern, ordinal) as matched_pattern,
        count(*) as n_sections
    from matches
    where match_rank = 1
    group by all
),

section_counts as (
    select
        doc_id,
        count(*) as n_doc_sections
    from doc_sections
    group by all
),

final as (
    select
        l.doc_id,
        l.unit_name,
        l.fiscal_year,
        l.doc_kind,
        l.region,
        l.is_synthetic,
        c.item_id,
        c.name as item_name,
        coalesce(list_contains(string_split(c.required_for, '|'), l.doc_kind), false) as required,
        a.item_id is not null as found,
        a.first_section_path,
        a.first_section_title,
        a.matched_pattern,
        coalesce(a.n_sections, 0) as n_sections,
        coalesce(sc.n_doc_sections, 0) as n_doc_sections
    from latest as l
    cross join checklist as c
    left join assigned as a
      on a.doc_id = l.doc_id
     and a.item_id = c.item_id
    left join section_counts as sc
      on sc.doc_id = l.doc_id
)

select * from final
