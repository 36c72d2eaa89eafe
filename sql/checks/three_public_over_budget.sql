-- severity: warning
-- title: “三公”经费决算超预算且未说明原因
-- summary: “三公”经费（合计或其中一项）的决算数高于预算数，而文件在该句及其后几句中没有说明原因（如“决算数大于预算数的主要原因是……”）。
-- description: A 三公 money line (total, 因公出国（境）, 公务用车购置及运行 and its two parts, 公务接待) whose 决算数 is above its
-- description: budget — the 调整预算数/全年预算数 where the 决算 states one (execution is judged against the budget as
-- description: adjusted), else the 年初预算数 (the year's 预算 document's, else the 决算's own: budget_execution) — with no
-- description: reason given. A reason is read where a 决算 gives it: the sentence stating the line's 决算数 and up to four
-- description: sentences after it (line breaks ignored; the 三公 total's sentence when the line itself is only in a
-- description: table), for a reason phrase (主要原因, 原因是, 由于, 因为 …); found, the line passes. Overspending is
-- description: possible (追加预算, a unit founded after the budget was set) and so a warning, not an error. A line
-- description: without a budget is insufficient_data.
-- grain: one row per 三公 money line of a latest 决算 disclosure with a 决算数
-- depends_on: budget_execution, int_latest_facts
with lines as (
    select
        *,
        coalesce(budget_adjusted, budget_initial) as budget,
        case when budget_adjusted is not null then '调整预算数' else '年初预算数' end as budget_word
    from budget_execution
    where key in ('three_public.total', 'three_public.overseas', 'three_public.vehicle', 'three_public.vehicle_purchase',
                  'three_public.vehicle_operation', 'three_public.reception')
      and actual is not null
),

statements as (
    -- Where the 决算 states each 三公 决算数: the narrative first (its reason follows it), then a table.
    select
        f.disclosure_doc_id,
        f.doc_id,
        f.key,
        f.span_start,
        f.span_end,
        f.quote,
        f.origin
    from int_latest_facts as f
    where f.key like 'three_public.%'
      and f.measure = 'actual'
    qualify row_number() over (
        partition by f.disclosure_doc_id, f.key
        order by case f.origin when 'text' then 0 else 1 end, f.span_start
    ) = 1
),

placed as (
    select
        l.*,
        coalesce(own.doc_id, l.final_doc_id) as evidence_doc_id,
        coalesce(own.span_start, total.span_start) as span_start,
        coalesce(own.span_end, total.span_end) as span_end,
        coalesce(own.quote, total.quote) as quote,
        -- The sentence whose following text is read for a reason: the line's own, else the 三公 total's.
        case when own.origin = 'text' then own.doc_id when total.origin = 'text' then total.doc_id end as window_doc_id,
        case when own.origin = 'text' then own.span_start when total.origin = 'text' then total.span_start end as window_start
    from lines as l
    left join statements as own
      on own.disclosure_doc_id = l.final_doc_id and own.key = l.key
    left join statements as total
      on total.disclosure_doc_id = l.final_doc_id and total.key = 'three_public.total'
),

windowed as (
    -- The statement's sentence and up to four following ones (400 characters at most), line breaks dropped.
    select
        p.*,
        regexp_replace(
            regexp_extract(substring(d.text, p.window_start + 1, 400), '^(?:[^。！？]*[。！？]){0,5}', 0),
            '\s', '', 'g') as around
    from placed as p
    left join documents as d
      on d.doc_id = p.window_doc_id
),

judged as (
    select
        *,
        regexp_matches(coalesce(around, ''), '主要原因|原因是|原因为|原因：|原因:|主要是|主要由于|由于|因为|系因|是因|主要系') as reason_in_text,
        case
            when budget is null then 'insufficient_data'
            when actual <= budget then 'pass'
            when regexp_matches(coalesce(around, ''), '主要原因|原因是|原因为|原因：|原因:|主要是|主要由于|由于|因为|系因|是因|主要系') then 'pass'
            else 'fail'
        end as verdict
    from windowed
),

final as (
    select
        'three_public_over_budget' as rule_id,
        case verdict when 'insufficient_data' then 'info' else 'warning' end as severity,
        verdict as status,
        evidence_doc_id as doc_id,
        key,
        code,
        budget as expected,
        actual,
        actual - budget as difference,
        coalesce(label, key) || ' 决算 ' || fmt_amount(actual)
            || case
                   when verdict = 'insufficient_data' then '，未列预算数，无法核对'
                   when actual <= budget then '，未超过' || budget_word || ' ' || fmt_amount(budget)
                   when reason_in_text then '，超过' || budget_word || ' ' || fmt_amount(budget) || '（超出 ' || fmt_amount(actual - budget) || '），文中说明了原因'
                   else '，超过' || budget_word || ' ' || fmt_amount(budget) || '（超出 ' || fmt_amount(actual - budget) || '），未说明原因'
               end as message,
        span_start,
        span_end,
        quote
    from judged
)

select * from final
