-- title: 文字称“无”某项经费，文件却列有金额
-- summary: 文字说明本部门当年没有“三公”经费、机关运行经费、政府性基金或国有资本经营预算（如“本表为空表”），而同一文件的表格或正文却列有不为零的该项金额，两者必有一处有误。
-- severity: warning
-- description: A sentence that says the unit has none of a kind of spending or funds — "本部门2024年无“三公”经费和机关运行经费预算，故本表为空表", "无政府性基金预算财政拨款安排的预算" — against the document's own non-zero amounts of that kind (any statement, table or text; actual or budget figures, not a 决算's 年初预算 beside a zero 决算). Topics: “三公”经费 (three_public.total), 机关运行经费 (operating_cost), 政府性基金 (income.gov_fund, expenditure with basis gov_fund), 国有资本经营 (income.state_capital, basis state_capital). The "无" must come before the topic in the same clause (no punctuation between), so "较上年无变化" is not a claim of none; a year written just before 无 that is not the document's year is another year's statement and not judged. Warning, not error: the note may be a template left in (the figures right) or the figures a misplaced table (the note right) — the reader decides which.
-- grain: one row per line claiming none of one or more topics the document gives a non-zero amount for
-- depends_on: int_text_lines, stg_facts, stg_documents
with topics as (
    select * from (values
        ('三公', '“三公”经费', '(“三公”|三公)经费'),
        ('机关运行', '机关运行经费', '机关运行经费'),
        ('政府性基金', '政府性基金预算', '政府性基金'),
        ('国有资本', '国有资本经营预算', '国有资本经营')
    ) as t(topic, name, pattern)
),

claims as (
    -- "无" then the topic within one clause: 无“三公”经费和机关运行经费预算 names two topics.
    -- Read line by line: a table's note ("无相关收支项目") and the next table's title on the next line are not one
    -- clause. Spaces are dropped (a PDF text layer spaces out words).
    select s.doc_id, s.line_start as sentence_start, s.line as sentence, t.topic, t.name,
        regexp_extract(regexp_replace(s.line, '[ \t　]', '', 'g'), '((\d{4})年度?)?(无|没有)[^，,。；;！？]{0,30}', 0) as clause
    from int_text_lines as s
    cross join topics as t
    where regexp_matches(regexp_replace(s.line, '[ \t　]', '', 'g'), '(无|没有)[^，,。；;！？]{0,30}?' || t.pattern)
      -- "无变化" "无增减" and the like are not claims of none
      and not regexp_matches(regexp_replace(s.line, '[ \t　]', '', 'g'), '(无|没有)(变化|增减|变动)')
      -- a table row (cells joined with |) is not a sentence
      and not regexp_matches(s.line, '\|')
),

dated as (
    select c.*, try_cast(regexp_extract(clause, '^(\d{4})年', 1) as INTEGER) as claim_year, d.fiscal_year
    from claims as c
    join stg_documents as d using (doc_id)
),

amounts as (
    select f.doc_id, t.topic, max(f.amount) as amount,
        arg_max(t.name || ' ' || f.amount_as_written || coalesce(f.unit_as_written, '')
            || coalesce('（' || f.table_name || '）', '（正文）'), f.amount) as shown
    from stg_facts as f
    join topics as t on (t.topic = '三公' and f.key like 'three_public.%')
        or (t.topic = '机关运行' and f.key = 'operating_cost')
        or (t.topic = '政府性基金' and (f.key = 'income.gov_fund' or f.basis = 'gov_fund'))
        or (t.topic = '国有资本' and (f.key = 'income.state_capital' or f.basis = 'state_capital'))
    -- a 决算's 年初预算 is not what it spent
    where coalesce(f.measure, 'actual') not in ('budget_initial', 'budget_adjusted')
      and f.amount > 0
    group by all
),

joined as (
    select c.doc_id, c.sentence_start, c.sentence,
        string_agg(c.name, '、' order by c.topic) as names,
        string_agg(a.shown, '；' order by c.topic) as shown,
        max(a.amount) as amount
    from dated as c
    join amounts as a on a.doc_id = c.doc_id and a.topic = c.topic
    where c.claim_year is null or c.claim_year = c.fiscal_year
    group by all
),

final as (
    select
        'text_says_none' as rule_id,
        'warning' as severity,
        'fail' as status,
        doc_id,
        null as key,
        null as code,
        0 as expected,
        amount as actual,
        amount as difference,
        '文字称无' || names || '，但文件列有' || shown || '，两者不一致' as message,
        cast(sentence_start as INTEGER) as span_start,
        cast(sentence_start + length(sentence) as INTEGER) as span_end,
        sentence as quote
    from joined
)

select * from final
