-- severity: info
-- title: 预算执行率明显偏离
-- summary: 某一项目的决算数与预算数之比（执行率）远低于或远高于通常范围（默认低于 50% 或高于 150%，范围可在参考表中设定），或预算为 0 而有决算支出。偏离不等于错误，但值得一看。
-- description: (info: execution far from the budget is not a defect in itself — 追加预算 and 项目未按计划开展 explain
-- description: much — but an oversight body looks at it.) A line of a 决算 (budget_execution) whose 决算数 is outside the
-- description: band [execution_band_low_pct, execution_band_high_pct] of its budget — the 年初预算数 (the year's 预算
-- description: document's, else the 决算's own), or the 调整预算数 where only that is stated. The band is set in one
-- description: place, data/reference/check_settings.csv (ref_check_settings), and judged exactly: actual·100 against
-- description: budget·band, no division. A budget of 0 with a 决算数 above 0 is outside any band. A line with no budget, no
-- description: 决算数, or a document that states it twice with different amounts is not judged (no row); 0 against 0 is
-- description: insufficient_data.
-- grain: one row per money line of a latest 决算 disclosure with both a budget and a 决算数 (counts of vehicles, groups and people left out)
-- depends_on: budget_execution
with band as (
    select
        max(cast(value as DECIMAL(9,2))) filter (where setting = 'execution_band_low_pct') as low_pct,
        max(cast(value as DECIMAL(9,2))) filter (where setting = 'execution_band_high_pct') as high_pct
    from ref_check_settings
),

lines as (
    select
        e.*,
        coalesce(e.budget_initial, e.budget_adjusted) as budget,
        case when e.budget_initial is not null then '年初预算数' else '调整预算数' end as budget_word,
        exact_pct(e.actual, coalesce(e.budget_initial, e.budget_adjusted)) as rate_pct
    from budget_execution as e
    -- Counts (辆, 个, 人次) have no budget to execute.
    -- Only lines with both a budget and a 决算数 are judged: a 决算 states most lines without a budget (its tables'
    -- 决算数 columns), and counting each as "not checked" would bury the rest.
    where e.status in ('ok', 'zero_budget')
      and e.key not like 'assets.%'
      and e.key not in ('three_public.overseas_groups', 'three_public.overseas_people', 'three_public.reception_batches',
                        'three_public.reception_people', 'three_public.vehicles_purchased')
),

evidence as (
    -- The sentence or table cell that states the line's 决算数, the narrative first.
    select
        f.disclosure_doc_id,
        f.doc_id,
        f.key,
        f.basis,
        f.code,
        f.parent,
        item_label(f.key, f.code, f.label) as item_label,
        f.span_start,
        f.span_end,
        f.quote
    from int_latest_facts as f
    where f.measure = 'actual'
    qualify row_number() over (
        partition by f.disclosure_doc_id, f.key, f.basis, f.code, f.parent, item_label
        order by case f.origin when 'text' then 0 else 1 end, f.span_start
    ) = 1
),

judged as (
    select
        l.*,
        b.low_pct,
        b.high_pct,
        case
            when l.budget = 0 and l.actual = 0 then 'insufficient_data'
            when l.budget = 0 then 'fail'
            when l.actual * 100 < b.low_pct * l.budget or l.actual * 100 > b.high_pct * l.budget then 'fail'
            else 'pass'
        end as verdict
    from lines as l
    cross join band as b
),

final as (
    select
        'execution_outside_band' as rule_id,
        'info' as severity,
        j.verdict as status,
        coalesce(ev.doc_id, j.final_doc_id) as doc_id,
        j.key,
        j.code,
        j.budget as expected,
        j.actual,
        j.actual - j.budget as difference,
        coalesce(j.label, j.key) || ' 决算 ' || fmt_amount(j.actual)
            || case
                   when j.verdict = 'insufficient_data' then '，预算数与决算数均为 0，未核对'
                   when j.budget = 0 then '，' || j.budget_word || '为 0，执行率无从计算'
                   else '，' || j.budget_word || ' ' || fmt_amount(j.budget) || '，执行率 ' || at_decimals(j.rate_pct, 2) || '%'
                        || case when j.verdict = 'fail' then '，在 ' || fmt_amount(j.low_pct) || '%–' || fmt_amount(j.high_pct) || '% 之外' else '' end
               end as message,
        ev.span_start,
        ev.span_end,
        ev.quote
    from judged as j
    left join evidence as ev
      on ev.disclosure_doc_id = j.final_doc_id
     and line_id(ev.key, ev.basis, ev.code, ev.parent, ev.item_label)
       = line_id(j.key, j.basis, j.code, j.parent, j.item_label)
)

select * from final
