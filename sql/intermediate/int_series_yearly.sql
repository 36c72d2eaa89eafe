-- grain: one row per latest disclosure (its doc_id) × series (key × basis × measure × code × parent × item_label)
-- depends_on: int_latest_facts, int_documents_latest
-- description: The facts of each latest document collapsed to comparable series, the unit every year-on-year model
-- description: joins on. A series is identified by key, basis, measure, code and parent; for itemised keys
-- description: (project.item, function_detail, basic.item, assets.equipment_threshold) without a code, the label
-- description: too (`item_label`). Labels of other keys vary in wording between sections and years, so they are
-- description: not part of the identity; `label` is the first one stated. When one document states a series twice
-- description: with different amounts, `amount` is NULL and `series_status = 'conflicting_amounts'` (never a guess).
-- description: A series stated by a standard table is read from the table, else from the narrative. A disclosure's
-- description: facts are those of its narrative and its tables-only companion (int_latest_facts); `doc_id` is the
-- description: disclosure's (int_documents_latest.doc_id) and `span_start` the first narrative-document offset.
with facts as (
    select * from int_latest_facts
),

latest as (
    select * from int_documents_latest
),

latest_facts as (
    select
        f.* exclude (doc_id),
        f.disclosure_doc_id as doc_id,
        f.doc_id as fact_doc_id,
        item_label(f.key, f.code, f.label) as item_label
    from facts as f
    -- Where a standard table and the narrative both state a series, the table's figure is used: tables in 元 are
    -- exact where the narrative rounds (text_vs_table reports any disagreement).
    qualify dense_rank() over (
        partition by f.disclosure_doc_id, f.key, f.basis, f.measure, f.code, f.parent, item_label
        order by case f.origin when 'table' then 0 else 1 end
    ) = 1
),

collapsed as (
    select
        doc_id,
        key,
        basis,
        measure,
        code,
        parent,
        item_label,
        -- The first label stated in the disclosure's own document, then ties broken by the label: deterministic.
        arg_min(label, {'other_doc': fact_doc_id <> doc_id, 'span_start': span_start, 'label': label}) as label,
        min(amount_unit) as amount_unit,
        count(*) as n_facts,
        count(distinct amount) as n_amounts,
        min(amount) as min_amount,
        count(distinct share_pct) as n_share_pcts,
        min(share_pct) as min_share_pct,
        min(span_start) filter (where fact_doc_id = doc_id) as span_start
    from latest_facts
    group by all
),

final as (
    select
        c.doc_id,
        l.unit_name,
        l.unit_key,
        l.fiscal_year,
        l.doc_kind,
        l.doc_scope,
        l.region,
        l.is_synthetic,
        concat_ws('|', c.key, coalesce(c.basis, ''), coalesce(c.measure, ''), coalesce(c.code, ''),
            coalesce(c.parent, ''), coalesce(c.item_label, '')) as series_id,
        c.key,
        c.basis,
        c.measure,
        c.code,
        c.parent,
        c.item_label,
        c.label,
        c.amount_unit,
        case when c.n_amounts = 1 then c.min_amount end as amount,
        case when c.n_share_pcts <= 1 then c.min_share_pct end as share_pct_stated,
        c.n_facts,
        case when c.n_amounts = 1 then 'ok' else 'conflicting_amounts' end as series_status,
        c.span_start
    from collapsed as c
    join latest as l using (doc_id)
)

select * from final
