-- grain: one row per fact of a latest document: unit × fiscal_year × doc_kind × key × basis × measure × code × parent × label × origin (text or table)
-- depends_on: stg_facts, int_documents_latest
-- description: The tidy table analysts start from: every exact amount of the latest document of each unit, year and
-- description: kind, with region, doc_id and is_synthetic beside it. Superseded revisions are left out.
with facts as (
    select * from stg_facts
),

latest as (
    select * from int_documents_latest
),

final as (
    select
        l.unit_name,
        l.fiscal_year,
        l.doc_kind,
        l.region,
        l.region_level,
        l.is_synthetic,
        l.doc_id,
        f.key,
        f.basis,
        f.measure,
        f.code,
        f.parent,
        f.label,
        f.amount,
        f.amount_unit,
        f.share_pct as share_pct_stated,
        f.conflict,
        f.origin,
        f.table_name,
        f.section,
        f.span_start,
        f.span_end,
        f.quote
    from facts as f
    join latest as l using (doc_id)
)

select * from final
