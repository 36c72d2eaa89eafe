-- severity: error
-- description: 支出合计 equals 基本支出 + 项目支出 (+ 单位预留机动经费 where stated) of the same basis.
-- grain: one row per document × basis stating the total, basic and project expenditure
-- depends_on: stg_facts
with f as (
    select * from stg_facts where measure is null or measure = 'actual'
),

pivoted as (
    select
        doc_id,
        statement,
        basis,
        max(case when key = 'expenditure.total' then amount end) as total,
        max(case when key = 'expenditure.basic' then amount end) as basic,
        max(case when key = 'expenditure.project' then amount end) as project,
        max(case when key = 'expenditure.reserve' then amount end) as reserve,
        max(case when key = 'expenditure.total' then span_start end) as span_start,
        max(case when key = 'expenditure.total' then span_end end) as span_end,
        max(case when key = 'expenditure.total' then quote end) as quote
    from f
    where key in ('expenditure.total', 'expenditure.basic', 'expenditure.project', 'expenditure.reserve')
    group by doc_id, statement, basis
),

final as (
    select
        'identity_basic_project' as rule_id,
        'error' as severity,
        case when abs(total - (basic + project + coalesce(reserve, 0))) <= 0.02 then 'pass' else 'fail' end as status,
        doc_id,
        'expenditure.total' as key,
        null as code,
        total as expected,
        basic + project + coalesce(reserve, 0) as actual,
        basic + project + coalesce(reserve, 0) - total as difference,
        '基本支出 ' || fmt_amount(basic) || ' + 项目支出 ' || fmt_amount(project) || (case when reserve is null then '' else ' + 预留机动经费 ' || fmt_amount(reserve) end)
            || ' 与支出合计 ' || fmt_amount(total) || (case when abs(total - (basic + project + coalesce(reserve, 0))) <= 0.02 then ' 相符' else ' 不符' end) as message,
        span_start,
        span_end,
        quote
    from pivoted
    where total is not null and basic is not null and project is not null
)

select * from final
