-- severity: warning
-- title: “三公”经费小于对应经济科目
-- summary: “三公”经费涵盖基本支出和项目支出，每一项应不小于基本支出中对应的经济分类明细（如公务接待费30217）。
-- description: 三公 covers basic and project spending, so each 三公 line is at least the matching economic items of basic spending (公务接待费 30217, 公务用车运行维护费 30231) — never tested for equality.
-- grain: one row per document × 三公 line with matching basic items
-- depends_on: stg_facts
with f as (
    select * from stg_facts where measure is null or measure = 'actual'
),

pairs as (
    select 'three_public.reception' as key, '30217' as econ
    union all select 'three_public.vehicle_operation', '30231'
),

lines as (
    select f.doc_id, f.statement, f.key, f.amount, f.span_start, f.span_end, f.quote, p.econ
    from f join pairs as p using (key)
),

items as (
    select doc_id, statement, code as econ, max(amount) as amount
    from f where key = 'basic.item' and code in ('30217', '30231')
    -- One basis only (the largest is the broadest): the same item may be stated for several bases.
    group by doc_id, statement, code
),

final as (
    select
        'three_public_covers_items' as rule_id,
        'warning' as severity,
        case when l.amount >= i.amount then 'pass' else 'fail' end as status,
        l.doc_id,
        l.key,
        i.econ as code,
        i.amount as expected,
        l.amount as actual,
        l.amount - i.amount as difference,
        '三公 ' || l.key || ' ' || fmt_amount(l.amount) || (case when l.amount >= i.amount then ' 不少于' else ' 少于' end)
            || '基本支出中的对应经济科目（' || i.econ || '）' || fmt_amount(i.amount) as message,
        l.span_start,
        l.span_end,
        l.quote
    from lines as l
    join items as i using (doc_id, statement, econ)
)

select * from final
