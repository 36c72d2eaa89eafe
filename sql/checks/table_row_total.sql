-- title: 表格行合计与基本支出、项目支出之和不符
-- summary: 支出表中每一行的“合计”应等于该行“基本支出”与“项目支出”之和；不等说明该行某个数字印错。
-- severity: error
-- description: A row of a function-classification expenditure table laid out as 科目 | 合计 | 基本支出 | 项目支出 ("201 | 05 | 统计信息事务 | 627,600 | 0 | 627,600") has 合计 = 基本 + 项目. Table facts keep only the 合计 (the reader's total of the row); the row's cells are in the fact's quote, so the row is read from there: a code, a name, then exactly three amounts of which the first is the fact's own. The header is not kept, so the layout is confirmed by the table itself: judged only in a table with at least three such rows where at least four in five hold (a comparison table 本年 | 上年 | 增减 would not). Tolerance: identity_verdict at the precision the cells are written with (a 1 元 gap between 元 figures is 'rounding', a warning).
-- grain: one row per table row with a code, a name and three amounts, in a table whose rows mostly hold
-- depends_on: stg_facts
with rows_ as (
    select distinct doc_id, table_name, quote, span_start, span_end, key, code, amount_as_written
    from stg_facts
    where origin = 'table' and key = 'expenditure.function' and is_latest
      and regexp_matches(quote, '^[0-9]{3,7}(?: \| [0-9]{2}){0,2} \| [^|0-9]+ \| [0-9][0-9,.]* \| [0-9][0-9,.]* \| [0-9][0-9,.]*$')
),

cells as (
    select *,
        regexp_extract(quote, '\| ([0-9][0-9,.]*) \| ([0-9][0-9,.]*) \| ([0-9][0-9,.]*)$', ['a', 'b', 'c']) as s
    from rows_
),

parsed as (
    select doc_id, table_name, quote, span_start, span_end, key, code,
        replace(s.a, ',', '') as a_text, replace(s.b, ',', '') as b_text, replace(s.c, ',', '') as c_text,
        cast(replace(s.a, ',', '') as DECIMAL(38,6)) as a,
        cast(replace(s.b, ',', '') as DECIMAL(38,6)) as b,
        cast(replace(s.c, ',', '') as DECIMAL(38,6)) as c,
        replace(amount_as_written, ',', '') = replace(s.a, ',', '') as first_is_fact
    from cells
),

judged as (
    select *,
        greatest(scale_of(a_text), scale_of(b_text), scale_of(c_text)) as dec,
        identity_verdict(a, b + c, greatest(scale_of(a_text), scale_of(b_text), scale_of(c_text)), 2) as verdict
    from parsed
    where first_is_fact
),

tables_ as (
    select doc_id, table_name, count(*) as n, count(*) filter (where verdict = 'pass') as n_pass
    from judged
    group by all
),

final as (
    select
        'table_row_total' as rule_id,
        identity_severity(j.verdict) as severity,
        identity_status(j.verdict) as status,
        j.doc_id,
        j.key,
        j.code,
        j.a as expected,
        j.b + j.c as actual,
        j.b + j.c - j.a as difference,
        coalesce(j.table_name, '表格') || ' ' || j.code || ' 行：合计 ' || j.a_text || '，基本支出 ' || j.b_text || ' + 项目支出 ' || j.c_text
            || ' = ' || fmt_amount(j.b + j.c) || identity_word(j.verdict, j.a, j.b + j.c) as message,
        j.span_start,
        j.span_end,
        j.quote
    from judged as j
    join tables_ as t on t.doc_id = j.doc_id and t.table_name is not distinct from j.table_name
    where t.n >= 3 and t.n_pass * 5 >= t.n * 4
)

select * from final
