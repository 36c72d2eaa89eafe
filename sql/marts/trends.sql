-- grain: one row per unit × doc_kind × doc_scope × series (key × basis × measure × code × parent × item_label) × fiscal_year
-- depends_on: int_series_yearly, int_documents_latest
-- description: Multi-year series of every fact of the latest documents. prev_amount is the same series in the
-- description: previous fiscal year's document (never an earlier year across a gap). change is exact; growth_pct is
-- description: an exact DECIMAL percentage rounded half away from zero to 4 places, NULL when the previous amount is
-- description: 0 or absent (growth_status says which). largest_move_rank ranks, per unit × doc_kind × doc_scope × fiscal_year,
-- description: the 万元 series by absolute change (1 = largest; ties share a rank; NULL without a change).
with series as (
    select * from int_series_yearly
),

latest as (
    select * from int_documents_latest
),

with_prev as (
    select
        s.*,
        pd.doc_id as prev_doc_id,
        ps.doc_id is not null as prev_stated,
        ps.amount as prev_amount
    from series as s
    left join latest as pd
      on pd.unit_key = s.unit_key
     and pd.doc_kind is not distinct from s.doc_kind
     and pd.doc_scope is not distinct from s.doc_scope
     and pd.fiscal_year = s.fiscal_year - 1
    left join series as ps
      on ps.doc_id = pd.doc_id
     and ps.series_id = s.series_id
),

changes as (
    select
        *,
        amount - prev_amount as change
    from with_prev
),

final as (
    select
        unit_name,
        doc_kind,
        doc_scope,
        fiscal_year,
        region,
        is_synthetic,
        doc_id,
        prev_doc_id,
        series_id,
        key,
        basis,
        measure,
        code,
        parent,
        item_label,
        label,
        amount_unit,
        amount,
        prev_amount,
        change,
        exact_pct(change, prev_amount) as growth_pct,
        case
            when amount is null then 'conflicting_amounts'
            when prev_doc_id is null then 'no_previous_year'
            when not prev_stated then 'previous_not_stated'
            when prev_amount is null then 'previous_conflicting_amounts'
            when prev_amount = 0 then 'previous_zero'
            else 'ok'
        end as growth_status,
        case
            when change is not null and amount_unit = '万元' then rank() over (
                partition by doc_id, (change is not null and amount_unit = '万元')
                order by abs(change) desc
            )
        end as largest_move_rank
    from changes
)

select * from final
