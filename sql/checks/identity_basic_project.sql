-- severity: error
-- title: 基本支出与项目支出之和与支出合计不符
-- summary: 支出合计等于基本支出与项目支出之和（列有单位预留机动经费、年终结转结余时加上）；支出总计大于二者之和而未述结转时，可能是未写出的结转结余，作为警告。
-- description: 支出合计 equals 基本支出 + 项目支出 (+ 单位预留机动经费, + 年终结转结余 where stated) of the same basis. A 支出总计 above 基本 + 项目 with no 结转 stated is a warning: the gap may be an unstated 年终结转结余 (047: 51036.22 = 32780.46 + 18147.49 + 108.27).
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
        max(case when key = 'expenditure.carryforward' then amount end) as carryforward_stated,
        max(case when key = 'expenditure.carryover_end' then amount end) as carryover_end,
        max(written_decimals(amount_as_written, unit_as_written)) as dec,
        count(*) filter (where key <> 'expenditure.total') as n,
        max(case when key = 'expenditure.total' then span_start end) as span_start,
        max(case when key = 'expenditure.total' then span_end end) as span_end,
        max(case when key = 'expenditure.total' then quote end) as quote
    from f
    where key in ('expenditure.total', 'expenditure.basic', 'expenditure.project', 'expenditure.reserve', 'expenditure.carryforward', 'expenditure.carryover_end')
    group by doc_id, statement, basis
),

pivoted_with_carry as (
    -- NOTE: "（三）年终结转结余资金 108.27 万元" (北京 2026) states the 结转 that a 支出总计 of 51036.22 includes beside
    -- 基本 32780.46 + 项目 18147.49. A 年末结转和结余 is counted in the total only where the total holds with it and
    -- not without it: a 决算's 本年支出合计 leaves it out.
    select * exclude (carryforward_stated, carryover_end),
        coalesce(carryforward_stated,
                 case when identity_verdict(total, basic + project + coalesce(reserve, 0), dec, n) <> 'pass'
                       and identity_verdict(total, basic + project + coalesce(reserve, 0) + carryover_end, dec, n) = 'pass'
                      then carryover_end end) as carryforward
    from pivoted
),

final as (
    select
        'identity_basic_project' as rule_id,
        case when carryforward is null and total > basic + project + coalesce(reserve, 0)
                  and identity_verdict(total, basic + project + coalesce(reserve, 0), dec, n) = 'fail' then 'warning'
             else identity_severity(identity_verdict(total, basic + project + coalesce(reserve, 0) + coalesce(carryforward, 0), dec, n)) end as severity,
        identity_status(identity_verdict(total, basic + project + coalesce(reserve, 0) + coalesce(carryforward, 0), dec, n)) as status,
        doc_id,
        'expenditure.total' as key,
        null as code,
        total as expected,
        basic + project + coalesce(reserve, 0) + coalesce(carryforward, 0) as actual,
        basic + project + coalesce(reserve, 0) + coalesce(carryforward, 0) - total as difference,
        '基本支出 ' || fmt_amount(basic) || ' + 项目支出 ' || fmt_amount(project) || (case when reserve is null then '' else ' + 预留机动经费 ' || fmt_amount(reserve) end)
            || (case when carryforward is null then '' else ' + 年终结转结余 ' || fmt_amount(carryforward) end)
            || ' 与支出合计 ' || fmt_amount(total) || identity_word(identity_verdict(total, basic + project + coalesce(reserve, 0) + coalesce(carryforward, 0), dec, n), total, basic + project + coalesce(reserve, 0) + coalesce(carryforward, 0))
            || (case when carryforward is null and total > basic + project + coalesce(reserve, 0)
                      and identity_verdict(total, basic + project + coalesce(reserve, 0), dec, n) = 'fail'
                     then '；差额或为未列明的年终结转结余' else '' end) as message,
        span_start,
        span_end,
        quote
    from pivoted_with_carry
    where total is not null and basic is not null and project is not null
)

select * from final
