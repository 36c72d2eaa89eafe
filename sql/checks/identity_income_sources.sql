-- severity: error
-- description: 收入总计 equals the sum of its stated sources (一般公共预算/政府性基金/国有资本经营 or 财政拨款, 事业, 经营, 其他, 上年结转, 事业基金, 财政专户, 其他资金). Tolerance: half a unit of the last stated decimal per term.
-- grain: one row per document that states income.total (basis total)
-- depends_on: stg_facts
with f as (
    select * from stg_facts where measure is null or measure = 'actual'
),

totals as (
    select doc_id, amount, span_start, span_end, quote
    from f
    where key = 'income.total' and basis = 'total'
),

has_parts_of_fiscal as (
    select distinct doc_id from f where key in ('income.general_budget', 'income.gov_fund', 'income.state_capital')
),

sources as (
    -- 财政拨款 counts only where its parts (一般公共预算 …) are not stated, so nothing is added twice.
    select f.doc_id, f.amount
    from f
    left join has_parts_of_fiscal as p using (doc_id)
    where (f.key in ('income.general_budget', 'income.gov_fund', 'income.state_capital') or (f.key = 'income.fiscal' and p.doc_id is null)
           or f.key in ('income.business', 'income.operating', 'income.other', 'income.reserve_fund', 'income.special_account', 'income.other_funds')
           or (f.key = 'income.carryover' and f.basis is null))
),

summed as (
    select doc_id, sum(amount) as parts, count(*) as n from sources group by doc_id
),

final as (
    select
        'identity_income_sources' as rule_id,
        case when s.doc_id is null then 'info' else 'error' end as severity,
        case
            when s.doc_id is null then 'insufficient_data'
            when abs(t.amount - s.parts) <= 0.005 * (s.n + 1) then 'pass'
            else 'fail'
        end as status,
        t.doc_id,
        'income.total' as key,
        null as code,
        t.amount as expected,
        s.parts as actual,
        s.parts - t.amount as difference,
        case when s.doc_id is null then '收入总计已列明，但未列明收入来源 income total stated without its sources'
             else '收入来源之和 ' || fmt_amount(s.parts) || ' 与收入总计 ' || fmt_amount(t.amount) || ' ' || (case when abs(t.amount - s.parts) <= 0.005 * (s.n + 1) then '相符' else '不符' end) end as message,
        t.span_start,
        t.span_end,
        t.quote
    from totals as t
    left join summed as s using (doc_id)
)

select * from final
