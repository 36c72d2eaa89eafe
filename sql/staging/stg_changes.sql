-- grain: one row per stated change (document × change_id)
-- depends_on: changes, stg_documents
-- description: Stated year-on-year changes with their document's identity.
with changes_src as (
    select * from changes
),

docs as (
    select * from stg_documents
),

final as (
    select
        c.doc_id,
        c.change_id,
        d.unit_name,
        d.fiscal_year,
        d.is_synthetic,
        d.is_latest,
        c.key,
        c.basis,
        c.code,
        c.label,
        c.compare_year,
        c.delta,
        c.prior,
        c.prior_measure,
        c.prior_source,
        c.current,
        c.pct,
        c.pct_as_written,
        c.section,
        c.span_start,
        c.span_end,
        c.quote
    from changes_src as c
    join docs as d using (doc_id)
)

select * from final
