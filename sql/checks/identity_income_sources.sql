-- severity: error
-- title: 收入来源之和与收入合计不符
-- summary: 本年收入合计（未列时用收入总计）等于其所列各项来源之和，按数字写出的精度核对。
-- description: 本年收入合计 (where stated; else 收入总计) equals the sum of its stated sources (一般公共预算/政府性基金/国有资本经营 or 财政拨款, 事业, 经营, 其他, 上级补助, 上年结转, 事业基金, 财政专户, 其他资金). Tolerance: identity_verdict (the precision written). A table with a non-zero income row the reader could not name (广东's 一、预算拨款 9,433.72, an unlisted 上级补助收入) is not judged: a source is missing from the sum, so the table cannot be said not to add up (insufficient_data, naming the row).
-- grain: one row per document that states income.total (basis total)
-- depends_on: stg_facts
with f as (
    select * from stg_facts where measure is null or measure = 'actual'
),

current_year as (
    select doc_id, statement, amount, span_start, span_end, quote, written_decimals(amount_as_written, unit_as_written) as dec from f where key = 'income.current_year'
),

totals as (
    -- Where 本年收入合计 is stated, the sources are checked against it (上年结转 is not one of its sources); a
    -- 收入总计 beside it may also include 年初结转和结余 that a narrative need not break down.
    select doc_id, statement, amount, span_start, span_end, quote, dec, true as is_current_year from current_year
    union all
    select doc_id, statement, amount, span_start, span_end, quote, written_decimals(amount_as_written, unit_as_written), false
    from f
    where key = 'income.total' and basis = 'total'
      and not exists (select 1 from current_year as c where c.doc_id = f.doc_id and c.statement = f.statement)
),

has_parts_of_fiscal as (
    -- A part stated as zero ("本部门无政府性基金预算") splits nothing: 财政拨款 beside it is still the only figure of
    -- the appropriations, and adding the zero to it counts nothing twice.
    select distinct doc_id, statement from f where key in ('income.general_budget', 'income.gov_fund', 'income.state_capital') and amount <> 0
),

has_parts_of_other_funds as (
    -- NOTE: "（二）本年其他资金收入 0.96 万元 … 9.其他收入 0.96 万元" (047): 其他资金 groups 财政专户/事业/经营/其他
    -- income; where any of those is stated it is their subtotal and counts no more.
    select distinct doc_id, statement from f where key in ('income.business', 'income.operating', 'income.other', 'income.special_account')
),

sources as (
    -- 财政拨款 counts only where its parts (一般公共预算 …) are not stated, so nothing is added twice.
    select f.doc_id, f.statement, f.amount, written_decimals(f.amount_as_written, f.unit_as_written) as dec, f.key = 'income.carryover' as is_carryover
    from f
    left join has_parts_of_fiscal as p using (doc_id, statement)
    left join has_parts_of_other_funds as o using (doc_id, statement)
    where (f.key in ('income.general_budget', 'income.gov_fund', 'income.state_capital') or (f.key = 'income.fiscal' and p.doc_id is null)
           or f.key in ('income.business', 'income.operating', 'income.other', 'income.reserve_fund', 'income.special_account', 'income.higher_subsidy')
           or (f.key = 'income.other_funds' and o.doc_id is null)
           or (f.key = 'income.carryover' and f.basis is null))
),

unnamed_rows as (
    -- NOTE: rows left unplaced stay out of `facts`; a sum without them is not the table's sum.
    select doc_id, 'table:' || coalesce(table_name, '') as statement,
           string_agg(regexp_replace(row_label, '^[一二三四五六七八九十]+、', '') || ' ' || as_written, '、' order by span_start, as_written) as rows
    from unplaced
    where origin = 'table' and reason like 'income row not in the vocabulary%'
      -- A row with no label is a 行次 number or a stray figure, not a source.
      and nullif(trim(row_label), '') is not null
      and coalesce(try_cast(regexp_replace(as_written, '[^0-9.]', '', 'g') as DECIMAL(38,6)), 0) <> 0
    group by all
),

summed as (
    select s.doc_id, s.statement, t.is_current_year, sum(s.amount) as parts, count(*) as n, max(s.dec) as dec
    from sources as s
    join totals as t using (doc_id, statement)
    where not (t.is_current_year and s.is_carryover)
    group by s.doc_id, s.statement, t.is_current_year
),

final as (
    select
        'identity_income_sources' as rule_id,
        case when s.doc_id is null or u.doc_id is not null then 'info' else identity_severity(identity_verdict(t.amount, s.parts, greatest(t.dec, s.dec), s.n)) end as severity,
        case
            when s.doc_id is null or u.doc_id is not null then 'insufficient_data'
            else identity_status(identity_verdict(t.amount, s.parts, greatest(t.dec, s.dec), s.n))
        end as status,
        t.doc_id,
        case when t.is_current_year then 'income.current_year' else 'income.total' end as key,
        null as code,
        t.amount as expected,
        s.parts as actual,
        s.parts - t.amount as difference,
        case when s.doc_id is null then '收入总计已列明，但未列明收入来源'
             when u.doc_id is not null then '收入来源中有未能识别的行（' || u.rows || '），未核对收入来源之和'
             else '收入来源之和 ' || fmt_amount(s.parts) || (case when t.is_current_year then ' 与本年收入合计 ' else ' 与收入总计 ' end) || fmt_amount(t.amount) || identity_word(identity_verdict(t.amount, s.parts, greatest(t.dec, s.dec), s.n), t.amount, s.parts) end as message,
        t.span_start,
        t.span_end,
        t.quote
    from totals as t
    left join summed as s on s.doc_id = t.doc_id and s.statement = t.statement and s.is_current_year = t.is_current_year
    left join unnamed_rows as u on u.doc_id = t.doc_id and u.statement = t.statement
)

select * from final
