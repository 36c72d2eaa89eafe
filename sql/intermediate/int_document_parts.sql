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
-- description: `unit_key|year|kind|scope` (kind or scope empty when unknown).
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

final as (
    select
        d.doc_id,
        d.unit_name,
        d.unit_key,
        d.fiscal_year,
        d.doc_kind,
        d.doc_scope,
        case
            when d.unit_name is not null and d.fiscal_year is not null
                then concat_ws('|', d.unit_key, d.fiscal_year::VARCHAR, coalesce(d.doc_kind, ''), coalesce(d.doc_scope, ''))
        end as disclosure_id,
        case
            when d.doc_id not in (select doc_id from prose) and d.doc_id in (select doc_id from table_amounts)
                then 'tables'
            else 'narrative'
        end as doc_part
    from docs as d
)

select * from final
