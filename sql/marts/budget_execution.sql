-- grain: one row per unit (unit_key) × fiscal_year × doc_scope × line (key × basis × code × parent × item_label) of a year with a 决算 (final account) disclosure
-- depends_on: int_series_yearly, int_latest_facts, int_documents_latest
-- description: Budget against final account, line by line. For each latest 决算 disclosure, its lines with the
-- description: 决算数 (`actual`), the 调整预算数/全年预算数 it states (`budget_adjusted`) and the 年初预算数: where the same
-- description: unit (unit_key), year and scope also has a latest 预算 disclosure, the 预算 document's 预算数 for the line
-- description: (`budget_document`) is the 年初预算 (`budget_initial_source = 'budget_document'`), else the 决算's own
-- description: 年初预算数 column or sentence (`budget_initial_stated`, source 'final_account'); both stay side by side, and
-- description: the final_budget_initial_mismatch check compares them. A line of the 预算 document that the 决算 does
-- description: not state is kept (actual NULL), so nothing budgeted disappears. `execution_estimate` is the 上年预算执行数
-- description: the next year's 预算 document states for this year's line. Rates are exact (exact_pct, 4 decimals):
-- description: `execution_rate_pct` = actual / budget_initial × 100, `execution_rate_adjusted_pct` = actual /
-- description: budget_adjusted × 100; the 完成率 the 决算 itself states for the line is beside them (`rate_stated_pct`,
-- description: `rate_stated_as_written`, `rate_base`). `status`: 'ok' | 'no_budget' (no 年初 or 调整预算 for the line) |
-- description: 'zero_budget' (the budget is 0: no rate follows) | 'no_actual' (budgeted, no 决算数 stated) |
-- description: 'conflicting_amounts' (a document states the line twice with different amounts: never a guess).
-- description: `label` is the line's name in the 决算's narrative, else the 预算's, else a table's row label.
with series as (
    select * from int_series_yearly
),

latest as (
    select * from int_documents_latest
),

facts as (
    select * from int_latest_facts
),

finals as (
    select * from latest where doc_kind = 'final'
),

budgets as (
    select * from latest where doc_kind = 'budget'
),

-- One row per line of a 决算, its measures side by side. A series stated twice with different amounts has a NULL
-- amount in int_series_yearly; `conflicted` keeps that visible.
final_lines as (
    select
        s.doc_id,
        s.key,
        s.basis,
        s.code,
        s.parent,
        s.item_label,
        min(s.label) filter (where s.measure = 'actual') as actual_label,
        min(s.label) as any_label,
        max(s.amount) filter (where s.measure = 'actual') as actual,
        max(s.amount) filter (where s.measure = 'budget_initial') as budget_initial_stated,
        max(s.amount) filter (where s.measure = 'budget_adjusted') as budget_adjusted,
        bool_or(s.series_status = 'conflicting_amounts'
            and s.measure in ('actual', 'budget_initial', 'budget_adjusted')) as conflicted
    from series as s
    join finals as f using (doc_id)
    group by all
),

-- The 预算数 of each line of a 预算 document (measure NULL: the budgeted amount).
budget_lines as (
    select
        s.doc_id,
        s.key,
        s.basis,
        s.code,
        s.parent,
        s.item_label,
        s.label,
        s.amount,
        s.series_status = 'conflicting_amounts' as conflicted
    from series as s
    join budgets as b using (doc_id)
    where s.measure is null
),

-- The 上年预算执行数 a 预算 document states: an estimate of the previous year's execution.
estimate_lines as (
    select
        b.unit_key,
        b.fiscal_year - 1 as fiscal_year,
        b.doc_scope,
        s.key,
        s.basis,
        s.code,
        s.parent,
        s.item_label,
        s.amount
    from series as s
    join budgets as b using (doc_id)
    where s.measure = 'execution_estimate'
),

-- The name a line is given in a document's narrative, the first one stated: a table's row label (合计, 小计) means
-- nothing outside its table.
narrative_labels as (
    select
        disclosure_doc_id as doc_id,
        key,
        basis,
        code,
        parent,
        item_label(key, code, label) as item_label,
        label
    from facts
    where origin = 'text'
      and label is not null
    qualify row_number() over (
        partition by disclosure_doc_id, key, basis, code, parent, item_label
        order by span_start, label
    ) = 1
),

-- Each 决算 disclosure with the 预算 disclosure of the same unit, year and scope, where one exists.
pairs as (
    select
        f.doc_id as final_doc_id,
        b.doc_id as budget_doc_id,
        f.unit_name,
        f.unit_key,
        f.fiscal_year,
        f.doc_scope,
        f.region,
        f.is_synthetic or coalesce(b.is_synthetic, false) as is_synthetic
    from finals as f
    left join budgets as b
      on b.unit_key = f.unit_key
     and b.fiscal_year = f.fiscal_year
     and b.doc_scope = f.doc_scope
),

-- The lines of both documents of a pair: a line stated by either one appears once.
line_keys as (
    select p.final_doc_id, fl.key, fl.basis, fl.code, fl.parent, fl.item_label
    from pairs as p
    join final_lines as fl on fl.doc_id = p.final_doc_id
    union
    select p.final_doc_id, bl.key, bl.basis, bl.code, bl.parent, bl.item_label
    from pairs as p
    join budget_lines as bl on bl.doc_id = p.budget_doc_id
),

lines as (
    select
        p.*,
        k.key,
        k.basis,
        k.code,
        k.parent,
        k.item_label,
        coalesce(fn.label, bn.label, fl.actual_label, bl.label, fl.any_label) as label,
        bl.amount as budget_document,
        fl.budget_initial_stated,
        fl.budget_adjusted,
        fl.actual,
        coalesce(fl.conflicted, false) or coalesce(bl.conflicted, false) as conflicted
    from line_keys as k
    join pairs as p using (final_doc_id)
    left join final_lines as fl
      on fl.doc_id = p.final_doc_id
     and line_id(fl.key, fl.basis, fl.code, fl.parent, fl.item_label)
       = line_id(k.key, k.basis, k.code, k.parent, k.item_label)
    left join budget_lines as bl
      on bl.doc_id = p.budget_doc_id
     and line_id(bl.key, bl.basis, bl.code, bl.parent, bl.item_label)
       = line_id(k.key, k.basis, k.code, k.parent, k.item_label)
    left join narrative_labels as fn
      on fn.doc_id = p.final_doc_id
     and line_id(fn.key, fn.basis, fn.code, fn.parent, fn.item_label)
       = line_id(k.key, k.basis, k.code, k.parent, k.item_label)
    left join narrative_labels as bn
      on bn.doc_id = p.budget_doc_id
     and line_id(bn.key, bn.basis, bn.code, bn.parent, bn.item_label)
       = line_id(k.key, k.basis, k.code, k.parent, k.item_label)
),

-- The completion rate the 决算 states with the line's 决算数 (完成年初预算的91.14%), the first one in the text.
stated_rates as (
    select
        disclosure_doc_id as doc_id,
        key,
        basis,
        code,
        parent,
        item_label(key, code, label) as item_label,
        rate_pct,
        rate_pct_as_written,
        rate_base
    from facts
    where measure = 'actual'
      and rate_pct is not null
    qualify row_number() over (
        partition by disclosure_doc_id, key, basis, code, parent, item_label
        order by case origin when 'text' then 0 else 1 end, span_start, rate_pct
    ) = 1
),

resolved as (
    select
        l.*,
        e.amount as execution_estimate,
        coalesce(l.budget_document, l.budget_initial_stated) as budget_initial,
        case
            when l.budget_document is not null then 'budget_document'
            when l.budget_initial_stated is not null then 'final_account'
        end as budget_initial_source,
        r.rate_pct as rate_stated_pct,
        r.rate_pct_as_written as rate_stated_as_written,
        r.rate_base
    from lines as l
    left join estimate_lines as e
      on e.unit_key = l.unit_key
     and e.fiscal_year = l.fiscal_year
     and e.doc_scope = l.doc_scope
     and line_id(e.key, e.basis, e.code, e.parent, e.item_label)
       = line_id(l.key, l.basis, l.code, l.parent, l.item_label)
    left join stated_rates as r
      on r.doc_id = l.final_doc_id
     and line_id(r.key, r.basis, r.code, r.parent, r.item_label)
       = line_id(l.key, l.basis, l.code, l.parent, l.item_label)
),

final as (
    select
        unit_name,
        unit_key,
        fiscal_year,
        doc_scope,
        region,
        is_synthetic,
        final_doc_id,
        budget_doc_id,
        key,
        basis,
        code,
        parent,
        item_label,
        label,
        budget_document,
        budget_initial_stated,
        budget_initial,
        budget_initial_source,
        budget_adjusted,
        actual,
        execution_estimate,
        actual - budget_initial as actual_minus_budget,
        exact_pct(actual, budget_initial) as execution_rate_pct,
        exact_pct(actual, budget_adjusted) as execution_rate_adjusted_pct,
        rate_stated_pct,
        rate_stated_as_written,
        rate_base,
        case
            when conflicted then 'conflicting_amounts'
            when actual is null then 'no_actual'
            when budget_initial is null and budget_adjusted is null then 'no_budget'
            when coalesce(budget_initial, 0) = 0 and coalesce(budget_adjusted, 0) = 0 then 'zero_budget'
            else 'ok'
        end as status
    from resolved
)

select * from final
