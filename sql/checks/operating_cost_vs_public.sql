-- severity: info
-- title: 机关运行经费与公用经费对照
-- summary: 机关运行经费与公用经费相关而不相等；二者相差超过三分之一时提示。
-- description: 机关运行经费 compared with 公用经费 (they are related, not equal: 机关运行经费 covers administrative units' public spending and more). Reported when they differ by more than a third.
-- grain: one row per document stating both
-- depends_on: stg_facts
with f as (
    select * from stg_facts where measure is null or measure = 'actual'
),

pairs as (
    select o.doc_id, o.amount as operating, max(p.amount) as public, o.span_start, o.span_end, o.quote
    from f as o
    join f as p on p.doc_id = o.doc_id and p.statement = o.statement and p.key = 'basic.public'
    where o.key = 'operating_cost'
    group by all
),

final as (
    select
        'operating_cost_vs_public' as rule_id,
        'info' as severity,
        case when abs(operating - public) * 3 <= public then 'pass' else 'fail' end as status,
        doc_id,
        'operating_cost' as key,
        null as code,
        public as expected,
        operating as actual,
        operating - public as difference,
        '机关运行经费 ' || fmt_amount(operating) || ' 与公用经费 ' || fmt_amount(public) || ' 相差 ' || fmt_amount(operating - public) as message,
        span_start,
        span_end,
        quote
    from pairs
)

select * from final
