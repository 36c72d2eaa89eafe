-- grain: one row per fact of a latest disclosure: unit × fiscal_year × doc_kind × doc_scope × key × basis × measure × code × parent × label × origin (text or table)
-- depends_on: int_latest_facts, int_documents_latest
-- description: The tidy table analysts start from: every exact amount of the latest disclosure of each unit, year,
-- description: kind and scope — its narrative and its tables-only companion (int_latest_facts says which copy is kept
-- description: when both state a fact) — with region, is_synthetic, the fact's own `doc_id` (its spans point into
-- description: that document) and `disclosure_doc_id` beside it. Superseded revisions are left out.
with facts as (
    select * from int_latest_facts
),

latest as (
    select * from int_documents_latest
),

final as (
    select
        l.unit_name,
        l.fiscal_year,
        l.doc_kind,
        l.doc_scope,
        l.region,
        l.region_level,
        l.is_synthetic,
        f.doc_id,
        l.doc_id as disclosure_doc_id,
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
    join latest as l
      on l.doc_id = f.disclosure_doc_id
)

select * from final
