-- severity: error
-- title: 占比与金额不符
-- summary: 所述占比应等于金额除以总额，按占比写出的精度精确核对（占2.1%允许2.05%–2.15%）；总额可以是文件使用的任一合计口径，与其一相符即通过。
-- description: A stated share (占…%) matches its amount divided by its total, to the precision the share is written with (占2.1% allows 2.05–2.15). Computed exactly (pct_holds): |amount·100 − share·total| ≤ total·0.5·10^−decimals. A share may be of either total a document uses (收入总计 or 本年收入合计; 支出合计 of its own basis or of all funds); it holds if it matches one. A 三公 share with no stated 三公 total is judged against the sum of its three stated parts.
-- grain: one row per fact with a stated share
-- depends_on: stg_facts
with f as (
    select * from stg_facts where measure is null or measure = 'actual'
),

shared as (
    select * from f where share_pct is not null
),

totals as (
    select doc_id, statement, key, basis, amount from f
    union all
    -- NOTE: "因公出国（境）费70万元，占“三公”经费的13.77%…" without the 三公 total stated: its three parts, all
    -- stated in the same statement, add up to it exactly (a sum of stated amounts, not a guess).
    select doc_id, statement, 'three_public.total', null,
           sum(amount) filter (where key in ('three_public.overseas', 'three_public.reception', 'three_public.vehicle'))
    from f
    where key like 'three_public.%'
    group by doc_id, statement
    having count(distinct key) filter (where key in ('three_public.overseas', 'three_public.reception', 'three_public.vehicle')) = 3
       and count(*) filter (where key = 'three_public.total') = 0
    union all
    -- NOTE: "基本支出预算 32780.46 万元，占本年支出预算 64.37%" (047): 本年支出 is 基本 + 项目 (50927.95), the 支出预算
    -- 51036.22 also holds 年终结转结余 108.27. A share of 基本 or 项目 may be of their sum (a sum of stated amounts).
    select doc_id, statement, 'expenditure.current_year', basis, sum(amount)
    from f
    where key in ('expenditure.basic', 'expenditure.project')
    group by doc_id, statement, basis
    having count(distinct key) = 2
),

candidates as (
    -- What a share is "of", in order of preference.
    select s.doc_id, s.key, s.basis, s.code, s.label, s.amount, s.share_pct, s.share_pct_as_written,
           s.span_start, s.span_end, s.quote, t.amount as total,
           case when t.key in ('income.current_year', 'three_public.total') or t.basis is not distinct from s.basis then 1 else 2 end as preference
    from shared as s
    join totals as t on t.doc_id = s.doc_id and t.statement = s.statement and (
        (s.key like 'income.%' and t.key in ('income.total', 'income.current_year'))
        or (s.key in ('expenditure.basic', 'expenditure.project', 'expenditure.reserve', 'expenditure.function', 'expenditure.total')
            and t.key = 'expenditure.total' and (t.basis is not distinct from s.basis or t.basis = 'total'))
        or (s.key in ('expenditure.basic', 'expenditure.project') and t.key = 'expenditure.current_year' and t.basis is not distinct from s.basis)
        or (s.key like 'three_public.%' and t.key = 'three_public.total')
    )
    where t.amount > 0
      -- NOTE: "本年支出合计 14572.53 万元，其中：…一般公共服务支出 10685.56 万元，占比73.33%" (041): a share read onto
      -- the total itself belongs to a part; a figure is never a share of itself.
      and not (t.key = s.key and t.basis is not distinct from s.basis and t.amount = s.amount)
),

judged as (
    select *,
           -- total > 0 (candidates), so pct_holds's |total| is the total.
           pct_holds(amount, total, share_pct, pct_decimals(share_pct, share_pct_as_written)) as holds
    from candidates
),

best as (
    -- A share holds if it matches any of its candidate totals; otherwise it is reported against the preferred one.
    select * from judged
    qualify row_number() over (partition by doc_id, key, basis, code, label, span_start order by holds desc, preference, total) = 1
),

unmatched as (
    select s.*, null::DECIMAL(24,6) as total, 9 as preference, null::BOOLEAN as holds
    from shared as s
    where not exists (select 1 from candidates as c where c.doc_id = s.doc_id and c.span_start = s.span_start and c.key = s.key)
),

final as (
    select
        'share_matches_amount' as rule_id,
        case when total is null then 'info' else 'error' end as severity,
        case when total is null then 'insufficient_data' when holds then 'pass' else 'fail' end as status,
        doc_id,
        key,
        code,
        share_pct as expected,
        exact_pct(amount, total) as actual,
        exact_pct(amount, total) - share_pct as difference,
        coalesce(label, key) || ' ' || fmt_amount(amount) || ' 占 ' || coalesce(share_pct_as_written, fmt_amount(share_pct)) || '%'
            || (case when total is null then '：未找到其合计，无法核对'
                     else '，按合计 ' || fmt_amount(total) || ' 计算为 ' || fmt_amount(exact_pct(amount, total)) || '%'
                          || (case when holds then '' else '，应为 ' || at_decimals(exact_pct(amount, total), pct_decimals(share_pct, share_pct_as_written)) || '%' end) end) as message,
        span_start,
        span_end,
        quote
    from (
        select doc_id, key, code, label, amount, share_pct, share_pct_as_written, span_start, span_end, quote, total, holds from best
        union all
        select doc_id, key, code, label, amount, share_pct, share_pct_as_written, span_start, span_end, quote, total, holds from unmatched
    )
)

select * from final
