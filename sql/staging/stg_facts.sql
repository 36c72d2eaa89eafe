-- grain: one row per fact (document × key × basis × code/parent+label), with its document's identity
-- depends_on: facts, stg_documents
-- description: Facts renamed for analysis: `amount` in 万元 (or the fact's own unit), with unit and year beside.
with facts_src as (
    select * from facts
),

docs as (
    select * from stg_documents
),

final as (
    select
        f.doc_id,
        d.unit_name,
        d.fiscal_year,
        d.doc_kind,
        d.region,
        d.is_synthetic,
        d.is_latest,
        f.key,
        f.basis,
        f.code,
        f.label,
        f.parent,
        f.measure,
        f.amount,
        f.unit as amount_unit,
        f.amount_as_written,
        f.unit_as_written,
        f.share_pct,
        f.share_pct_as_written,
        f.rate_pct,
        f.rate_pct_as_written,
        f.rate_base,
        f.path_as_written,
        f.section,
        f.span_start,
        f.span_end,
        f.quote,
        f.mentions,
        f.conflict,
        f.origin,
        f.table_name,
        -- Where the fact was stated: the narrative, or one standard table. Identities hold within one statement;
        -- two tables (收支总表 and 收入表) repeat the same lines, so summing across them would count twice.
        case when f.origin = 'table' then 'table:' || coalesce(f.table_name, '') else 'text' end as statement
    from facts_src as f
    join docs as d using (doc_id)
)

select * from final
