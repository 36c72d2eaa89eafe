-- severity: warning
-- title: 疑似元与万元混用
-- summary: 金额疑似把元写成万元（或相反）：某一部分大于本文件的全部预算，或是本单位其他年度同一项目通常数额的1,000倍以上（或千分之一以下）。
-- description: An amount that looks like 元 written as 万元 (or the reverse): a part larger than its document's whole budget, or a line 1,000 times (or 1/1,000) its own usual size across the unit's other years.
-- grain: one row per suspicious fact
-- depends_on: stg_facts
with f as (
    select * from stg_facts where amount_unit = '万元' and (measure is null or measure = 'actual') and is_latest
),

whole as (
    select doc_id, max(amount) as budget
    from f where key in ('income.total', 'expenditure.total', 'income.current_year')
    group by doc_id
),

history as (
    -- The same line in the unit's other years: its median is the line's usual size.
    -- At least three other years, so one wrong year cannot make the right ones look wrong.
    select a.doc_id, a.statement, a.key, a.basis, a.code, a.parent, a.label, median(b.amount) as usual
    from f as a
    join f as b on b.unit_name = a.unit_name and b.fiscal_year <> a.fiscal_year and b.key = a.key and b.statement = a.statement
        and b.basis is not distinct from a.basis and b.code is not distinct from a.code
        and b.parent is not distinct from a.parent and b.label is not distinct from a.label and b.amount > 0
    group by all
    having count(*) >= 3
),

suspects as (
    select f.*, w.budget, h.usual,
           case
               when w.budget is not null and f.amount > w.budget and f.key not in ('income.total', 'expenditure.total', 'income.current_year') and f.key not like 'assets.%'
                   then 'part'
               when h.usual is not null and f.amount >= h.usual * 1000 then 'history_up'
               when h.usual is not null and f.amount > 0 and f.amount * 1000 <= h.usual then 'history_down'
           end as why
    from f
    left join whole as w using (doc_id)
    left join history as h on h.doc_id = f.doc_id and h.statement = f.statement and h.key = f.key and h.basis is not distinct from f.basis
        and h.code is not distinct from f.code and h.parent is not distinct from f.parent and h.label is not distinct from f.label
),

final as (
    select
        'unit_scale' as rule_id,
        'warning' as severity,
        'fail' as status,
        doc_id,
        key,
        code,
        coalesce(usual, budget) as expected,
        amount as actual,
        amount - coalesce(usual, budget) as difference,
        coalesce(label, key) || ' ' || fmt_amount(amount) || ' 万元'
            || case why
                   when 'part' then ' 超过全年预算 ' || fmt_amount(budget) || ' 万元，部分大于整体，疑将“元”写作“万元”'
                   when 'history_up' then ' 约为该单位其他年度（中位数 ' || fmt_amount(usual) || '）的千倍以上，疑将“元”写作“万元”'
                   else ' 不足该单位其他年度（中位数 ' || fmt_amount(usual) || '）的千分之一，疑将“万元”写作“元”'
               end as message,
        span_start,
        span_end,
        quote
    from suspects
    where why is not null
)

select * from final
