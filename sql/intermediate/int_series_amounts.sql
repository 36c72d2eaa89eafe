-- grain: one row per latest document × line (key × basis × code × parent × item_label), measures collapsed
-- depends_on: int_series_yearly
-- description: The one amount a document states for a line, and the lookup every model uses for "the amount of
-- description: this line in that year": a change's current amount (int_changes_resolved, on its own document:
-- description: plain series only, no parent and no item label, since a change names key, basis and code), the
-- description: prior-year amount (on the document of the same unit and kind for fiscal_year = prior_year:
-- description: int_prior_amounts) and the lines line_change_explained explains. `amount` is NULL unless every
-- description: measure stated for the line has one and the same amount (a final account can state several): a
-- description: single unambiguous amount or none, never a guess. n_series counts the series collapsed; `label` is
-- description: the first of their labels (by the label itself: deterministic).
with series as (
    select * from int_series_yearly
),

final as (
    select
        doc_id,
        unit_name,
        doc_kind,
        fiscal_year,
        is_synthetic,
        key,
        basis,
        code,
        parent,
        item_label,
        min(label) as label,
        count(*) as n_series,
        case when count(distinct amount) = 1 and count(*) = count(amount) then min(amount) end as amount
    from series
    group by doc_id, unit_name, doc_kind, fiscal_year, is_synthetic, key, basis, code, parent, item_label
)

select * from final
