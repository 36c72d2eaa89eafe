-- grain: one row per document: its disclosure (unit × fiscal_year × doc_kind × doc_scope) and its part
-- depends_on: stg_documents, facts, unplaced
-- description: The one definition of "one disclosure, two files" every model and check reads. Some publishers put
-- description: the narrative (说明) and the standard tables in two files (Jiangsu, Beijing: `…-text` and
-- description: `…-tables`). A document is `tables` (a tables-only companion) when no fact of it comes from prose
-- description: but at least one table amount does (placed or unplaced); every other document is `narrative` (an
-- description: empty document too: nothing marks it as tables). Prose mentions alone do not make a narrative: a PDF's
-- description: text layer can leave cells of a wide table (绩效目标表: ≥ 100 %, 2000 人次) as prose lines, unplaced.
-- description: The disclosure is unit (its unit_key: two spellings of one name are one unit), fiscal year, kind and scope: a 部门预算 and a 单位预算 of the same body are two
-- description: disclosures (doc_scope), never companions. Documents without a unit or a year have no disclosure
-- description: to belong to (`disclosure_id` NULL). `disclosure_id` is the readable key
-- description: `unit_key|year|kind|scope` (kind or scope empty when unknown). A tables file rarely says 部门 or
-- description: 单位 (its scope is identification's default, scope_source 'default'): it takes the scope of the
-- description: narrative of its unit, year and kind when the narratives of that unit, year and kind state exactly one
-- description: scope; with both a 部门 and a 单位 narrative it keeps its default (`scope_inherited` says which).
with docs as (
    select * from stg_documents
),

prose as (
    select doc_id from facts where origin = 'text'
),

table_amounts as (
    select doc_id from facts where origin = 'table'
    union
    select doc_id from unplaced where origin = 'table'
),

narrative_scopes as (
    -- The scopes the narratives of a unit, year and kind state (tables-only documents are left out below).
    select
        d.unit_key,
        d.fiscal_year,
        d.doc_kind,
        count(distinct d.doc_scope) as n_scopes,
        min(d.doc_scope) as doc_scope
    from docs as d
    where d.doc_id in (select doc_id from prose)
      and d.doc_scope is not null
    group by all
),

classified as (
    select
        d.doc_id,
        d.unit_name,
        d.unit_key,
        d.fiscal_year,
        d.doc_kind,
        d.doc_scope,
        d.scope_source,
        case
            when d.doc_id not in (select doc_id from prose) and d.doc_id in (select doc_id from table_amounts)
                then 'tables'
            else 'narrative'
        end as doc_part
    from docs as d
),

final as (
    select
        c.doc_id,
        c.unit_name,
        c.unit_key,
        c.fiscal_year,
        c.doc_kind,
        c.doc_scope,
        coalesce(c.doc_part = 'tables' and c.scope_source = 'default' and n.n_scopes = 1, false) as scope_inherited,
        case when scope_inherited then n.doc_scope else c.doc_scope end as disclosure_scope,
        case
            when c.unit_name is not null and c.fiscal_year is not null
                then concat_ws('|', c.unit_key, c.fiscal_year::VARCHAR, coalesce(c.doc_kind, ''), coalesce(disclosure_scope, ''))
        end as disclosure_id,
        c.doc_part
    from classified as c
    left join narrative_scopes as n
      on n.unit_key = c.unit_key
     and n.fiscal_year = c.fiscal_year
     and n.doc_kind is not distinct from c.doc_kind
)

select * from final
