-- severity: warning
-- title: 正文与表格数字不一致
-- summary: 正文所述金额与标准表格（本文件或同一单位同年的配套表格文件）中同一事项比较：表格数按正文写出的小数位取整后应与正文相等。
-- description: An amount the narrative states compared with the same fact in a standard table (same key, basis, code and measure): of the same document, or of a tables-only companion of the same disclosure — unit, year, kind and scope, as int_companions pairs them (Jiangsu publishes the narrative and the tables as two PDFs). A narrative 支出 total also agrees with the 支出总计 a balance table prints beside its own 本年支出合计. They agree when the table's amount, rounded to the decimals the text writes, is the text's amount (a narrative in 万元 rounds a table in 元); either way one row per comparison, so a disagreement names the table.
-- grain: one row per (text fact, table fact) pair
-- depends_on: stg_facts, int_companions
with f as (
    select * from stg_facts
),

text_facts as (
    -- The decimals the text wrote set the precision; a figure written in 元 or 亿元 is compared at its own exactness.
    select *, case when unit_as_written = '万元' then amount_as_written else fmt_amount(amount) end as stated_text
    from f where origin = 'text'
),

table_facts as (
    select * from f where origin = 'table'
),

pairs as (
    select
        t.*,
        b.doc_id as table_doc_id,
        b.amount as table_amount,
        b.amount_as_written as table_as_written,
        b.unit_as_written as table_unit,
        b.table_name as tbl_name,
        b.section as table_location
    from text_facts as t
    join table_facts as b
        on (b.doc_id = t.doc_id
            or exists (select 1 from int_companions as c where c.doc_id = t.doc_id and c.companion_doc_id = b.doc_id))
        and b.key = t.key
        and b.code is not distinct from t.code
        and b.measure is not distinct from t.measure
        -- Income lines carry no basis in prose ("一般公共预算拨款收入…"); a source is the same amount in every table
        -- that lists it. Income totals are not: the narrative's 本年收入合计 is all funds, a 财政拨款 table's is not; nor
        -- is 上年结转/年初结转和结余 (all funds' carry-over 369.77 against a 财政拨款收支总表's fiscal 152.68).
        and (b.basis is not distinct from t.basis
             or (t.basis is null and t.key like 'income.%'
                 and (t.key not in ('income.total', 'income.current_year', 'income.carryover') or b.basis = 'total')))
    -- Lines identified by their label (project items, what a function line is used for) have no table counterpart.
    where t.key not in ('function_detail', 'project.item') and (t.key <> 'basic.item' or t.code is not null)
),

other_totals as (
    -- NOTE: a balance table keeps its most specific expenditure total (本年支出合计) as the fact; the 支出总计 beside it
    -- (with 年终结转结余) stays unplaced. A narrative's "支出预算51036.22万元" may state that 总计 (北京 2026: 本年支出
    -- 50927.95 + 结转 108.27): it agrees with the table when it is the table's 总计.
    select doc_id, table_name,
        try_cast(regexp_replace(as_written, '[^0-9.]', '', 'g') as DECIMAL(38,6))
            / (case when as_written like '%万元' then 1 when as_written like '%亿元' then 0.0001 else 10000 end) as amount
    from unplaced
    where origin = 'table' and reason like '%a less specific total than the table''s own%'
),

judged as (
    select
        *,
        agrees(amount, stated_text, table_amount)
            or (table_unit = '万元' and agrees(table_amount, replace(table_as_written, ',', ''), amount))
            or (key = 'expenditure.total' and exists (
                select 1 from other_totals as o
                where o.doc_id = pairs.table_doc_id and o.table_name is not distinct from pairs.tbl_name and agrees(pairs.amount, pairs.stated_text, o.amount))) as agree
    from pairs
),

final as (
    select
        'text_vs_table' as rule_id,
        'warning' as severity,
        case when agree then 'pass' else 'fail' end as status,
        doc_id,
        key,
        code,
        table_amount as expected,
        amount as actual,
        amount - table_amount as difference,
        coalesce(label, key) || (case when basis is null then '' else '（' || basis || '）' end)
            || case when agree then ' 正文与表一致：' else ' 正文与表不一致：正文 ' || fmt_amount(amount) || '，' end
            || tbl_name || '（' || table_location || (case when table_doc_id <> doc_id then '，另册' else '' end) || '）'
            || (case when agree then fmt_amount(table_amount) else ' 为 ' || fmt_amount(table_amount) end) as message,
        span_start,
        span_end,
        quote
    from judged
)

select * from final
