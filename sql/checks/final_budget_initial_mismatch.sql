-- severity: error
-- title: 决算所列年初预算数与预算文件不符
-- summary: 决算中某一项目的“年初预算数”应与同一单位同一年度公开的预算文件中该项目的预算数一致（按两者中较粗的精度比较）；同年预算文件未入库或未列该项目时不作判断。
-- description: A 决算's 年初预算数 for a line (measure budget_initial, in a sentence or a table column) against the 预算数
-- description: the same unit's (unit_key), year's and scope's published 预算 document states for the same line (key,
-- description: basis, code, parent, item label; the pair comes from the budget_execution mart). The two are compared at
-- description: the coarser of the precisions they are written with (written_decimals: a 预算 table in 元 against a 决算
-- description: sentence in 万元 to two decimals compares at two): |a − b|·10^d ≤ 0.5. The 预算 document may state a
-- description: line twice (its narrative and a table); the 年初预算数 holds when it agrees with any of them, so an error is
-- description: only reported where no statement of the 预算 supports it. Without a 预算 document for the year, or one that
-- description: does not state the line, the check says insufficient_data.
-- grain: one row per stated 年初预算数 of a latest 决算 disclosure
-- depends_on: budget_execution, int_latest_facts, int_documents_latest
with stated as (
    -- Each 年初预算数 a 决算 states, with the line it names.
    select
        f.*,
        item_label(f.key, f.code, f.label) as item_label,
        written_decimals(f.amount_as_written, f.unit_as_written) as dec
    from int_latest_facts as f
    join int_documents_latest as l
      on l.doc_id = f.disclosure_doc_id
    where l.doc_kind = 'final'
      and f.measure = 'budget_initial'
),

pairs as (
    select distinct final_doc_id, budget_doc_id, fiscal_year
    from budget_execution
),

published as (
    -- Every statement of a line's 预算数 in the 预算 document of the same year (narrative and tables).
    select
        f.disclosure_doc_id,
        f.key,
        f.basis,
        f.code,
        f.parent,
        item_label(f.key, f.code, f.label) as item_label,
        f.amount,
        written_decimals(f.amount_as_written, f.unit_as_written) as dec
    from int_latest_facts as f
    where f.measure is null
),

compared as (
    select
        s.doc_id,
        s.key,
        s.basis,
        s.code,
        s.parent,
        s.item_label,
        s.label,
        s.amount,
        s.span_start,
        s.span_end,
        s.quote,
        p.fiscal_year,
        p.budget_doc_id,
        count(b.amount) as n_published,
        -- Agreement at the coarser precision of the two statements.
        bool_or(abs(s.amount - b.amount) * pow(10, least(s.dec, b.dec))::DECIMAL(38,0) <= 0.5) as agrees_any,
        -- The 预算 document's figure the message cites: its finest statement, then the closest.
        arg_min(b.amount, {'dec': -b.dec, 'gap': abs(s.amount - b.amount)}) as published_amount
    from stated as s
    left join pairs as p
      on p.final_doc_id = s.disclosure_doc_id
    left join published as b
      on b.disclosure_doc_id = p.budget_doc_id
     and line_id(b.key, b.basis, b.code, b.parent, b.item_label)
       = line_id(s.key, s.basis, s.code, s.parent, s.item_label)
    group by all
),

judged as (
    select
        *,
        case
            when budget_doc_id is null or n_published = 0 then 'insufficient_data'
            when agrees_any then 'pass'
            else 'fail'
        end as verdict
    from compared
),

final as (
    select
        'final_budget_initial_mismatch' as rule_id,
        case verdict when 'insufficient_data' then 'info' else 'error' end as severity,
        verdict as status,
        doc_id,
        key,
        code,
        published_amount as expected,
        amount as actual,
        amount - published_amount as difference,
        coalesce(label, key) || ' 决算所列年初预算数 ' || fmt_amount(amount)
            || case verdict
                   when 'pass' then '，与 ' || fiscal_year || ' 年预算文件所列 ' || fmt_amount(published_amount) || ' 相符'
                   -- Two statements disagree: the finding names both and cannot say which one is wrong.
                   when 'fail' then '，与 ' || fiscal_year || ' 年预算文件所列 ' || fmt_amount(published_amount)
                        || ' 不符（相差 ' || fmt_amount(abs(amount - published_amount)) || '）'
                   when 'insufficient_data' then
                       case when budget_doc_id is null then '，库中无本年度预算文件，无法核对'
                            else '，本年度预算文件未列该项目，无法核对' end
               end as message,
        span_start,
        span_end,
        quote
    from judged
)

select * from final
