-- title: 完成率与金额不符
-- summary: 决算中“完成年初预算的××%”应等于决算数除以相应预算数；预算数为 0 时完成率无从计算，不应写出百分比。
-- severity: error
-- description: A stated completion rate (完成年初预算的91.14%, 完成预算的60.46%, 预算完成率98%) equals the actual amount divided by the budget it names (rate_base: 年初 or 调整/全年; unnamed, either), to the precision the rate is written with (pct_holds: |actual·100 − rate·budget| ≤ |budget|·0.5·10^−decimals, exact). The budget is the fact of the same line (key, code, basis where both state one) stated in the same sentence where there is one, else elsewhere in the document (the narrative first). A rate printed against a budget of 0 (完成预算0万元的0%) is a warning: no percentage follows from a zero base. Without a budget amount for the line the check says insufficient_data.
-- grain: one row per fact with a stated completion rate
-- depends_on: stg_facts
with rated as (
    select * from stg_facts where rate_pct is not null and measure = 'actual'
),

budgets as (
    select * from stg_facts where measure in ('budget_initial', 'budget_adjusted')
),

candidates as (
    select
        r.doc_id, r.key, r.code, r.label, r.amount, r.rate_pct, r.rate_pct_as_written, r.rate_base, r.span_start, r.span_end, r.quote,
        b.amount as budget,
        b.measure as budget_measure,
        row_number() over (
            partition by r.doc_id, r.key, r.code, r.span_start
            order by (b.quote = r.quote) desc, (b.origin = 'text') desc, abs(b.span_start - r.span_start), b.amount
        ) as pick
    from rated as r
    join budgets as b
        on b.doc_id = r.doc_id and b.key = r.key and b.code is not distinct from r.code
        and (b.basis is null or r.basis is null or b.basis = r.basis)
        and (r.rate_base is null or b.measure = r.rate_base)
),

chosen as (
    select r.*, c.budget, c.budget_measure
    from rated as r
    left join candidates as c on c.doc_id = r.doc_id and c.key = r.key and c.code is not distinct from r.code and c.span_start = r.span_start and c.pick = 1
),

judged as (
    select *,
        pct_decimals(rate_pct, rate_pct_as_written) as dec,
        case
            when budget is null then 'insufficient_data'
            when budget = 0 and amount = 0 then 'insufficient_data'
            when budget = 0 then 'zero_base'
            when pct_holds(amount, budget, rate_pct, pct_decimals(rate_pct, rate_pct_as_written)) then 'pass'
            else 'fail'
        end as verdict
    from chosen
),

final as (
    select
        'completion_rate_mismatch' as rule_id,
        case verdict when 'insufficient_data' then 'info' when 'zero_base' then 'warning' else 'error' end as severity,
        case verdict when 'insufficient_data' then 'insufficient_data' when 'pass' then 'pass' else 'fail' end as status,
        doc_id,
        key,
        code,
        rate_pct as expected,
        exact_pct(amount, budget) as actual,
        exact_pct(amount, budget) - rate_pct as difference,
        coalesce(label, key) || ' 决算 ' || fmt_amount(amount) || '，所述完成率 ' || coalesce(rate_pct_as_written, fmt_amount(rate_pct)) || '%'
            || case verdict
                   when 'insufficient_data' then (case when budget is null then '，未找到所对应的预算数，未核对' else '，预算数与决算数均为 0，未核对' end)
                   when 'zero_base' then '，但预算数为 0，完成率无从计算'
                   when 'pass' then '，按' || (case budget_measure when 'budget_initial' then '年初预算数 ' else '调整预算数 ' end) || fmt_amount(budget) || ' 计算相符'
                   else '，按' || (case budget_measure when 'budget_initial' then '年初预算数 ' else '调整预算数 ' end) || fmt_amount(budget)
                        || ' 计算为 ' || fmt_amount(exact_pct(amount, budget)) || '%，应为 ' || at_decimals(exact_pct(amount, budget), dec) || '%'
               end as message,
        span_start,
        span_end,
        quote
    from judged
)

select * from final
