-- title: “其中”所列各项金额之和与总数相差尾数
-- summary: 文字先写一个总数，再以“其中”逐项列出各部分金额；各部分之和与总数相差在尾数范围内却不相等，说明总数或某一项写错了（相差较大时可能只列了部分，不作判断）。
-- severity: warning
-- description: "2022 年本部门当年一般公共预算支出 1899.9 万元，其中：工资福利支出（301）478.83 万元，…商品和服务支出（302）1421.06 万元，…" — the amounts a passage lists after "X 万元，其中" are summed and compared with X at the precision written (identity_verdict). Read from the words, line by line: the total's line and the lines after it (at most eight) up to a heading ("（2）", "二、", "3、") or a second 其中 (a nested breakdown), spaces and line breaks removed, the list is the rest of the sentence cut into clauses at ，、； (inline), or — where the line ends with 其中： — the lines after it, the first clause of each sentence (block); a code in brackets (（301）) is part of a name. A clause is a part when it names something and ends in its amount ("…（302）1421.06万元"); clauses of change or share (增加/减少/较/比/占/%) are not parts. A gap within what rounding of the n + 1 figures could make is a warning (as printed the parts do not add up); exact passes; a larger gap is not judged (info: 其中 may name only some parts, and complements the identity rules, which judge the extracted figures). At least two parts. Table rows (cells joined with |) are not read.
-- grain: one row per "X 万元，其中" passage with at least two listed amounts
-- depends_on: int_text_lines
with l as (
    select doc_id, line_no, line_start, line from int_text_lines where not regexp_matches(line, '\|')
),

starts as (
    select doc_id, line_no, line_start, line
    from l
    where regexp_matches(regexp_replace(line, '\s', '', 'g'), '[0-9]万元[，,]?其中[：:]?')
),

passage as (
    -- the total's line and the lines after it, up to a heading
    select s.doc_id, s.line_no, s.line_start,
        string_agg(x.line, chr(10) order by x.line_no) as quote
    from starts as s
    join l as x on x.doc_id = s.doc_id and x.line_no >= s.line_no and x.line_no <= s.line_no + 8
        and not exists (
            select 1 from l as h
            where h.doc_id = s.doc_id and h.line_no > s.line_no and h.line_no <= x.line_no
              and regexp_matches(h.line, '^\s*(（[0-9一二三四五六七八九十]+）|\([0-9]+\)|[一二三四五六七八九十]+、|[0-9]+、|第[一二三四五六七八九十]+部分)'))
    group by all
),

split as (
    select p.*, regexp_replace(quote, '\s', '', 'g') as bare from passage as p
),

total as (
    -- The first "X 万元，其中" of the passage. Inline (the list follows on the same line): the list is the rest of
    -- that sentence, each clause a candidate. Block (the line ends with 其中：and the parts follow line by line): the
    -- list runs over the following lines, the first clause of each sentence a candidate. Either stops at a second 其中.
    select *,
        regexp_extract(bare, '([0-9,]+(?:\.[0-9]+)?)万元[，,]?其中[：:]?', 1) as t_w,
        regexp_matches(regexp_extract(quote, '^[^\n]*', 0), '[0-9]\s*万元\s*[，,]?\s*其中\s*[：:]?\s*$') as block,
        -- thousands separators dropped first, so a clause is never cut inside 28,467.65
        regexp_replace(regexp_replace(regexp_replace(regexp_extract(bare, '[0-9]万元[，,]?其中[：:]?(.*)$', 1), '其中.*$', ''),
            '([0-9]),([0-9]{3})', '\1\2', 'g'), '([0-9]),([0-9]{3})', '\1\2', 'g') as rest
    from split
),

clauses as (
    select doc_id, line_no, unnest(regexp_split_to_array(regexp_extract(rest, '^[^。]*', 0), '[，,、；;]')) as c
    from total where not block
    union all
    select doc_id, line_no, regexp_extract(unnest(string_split(rest, '。')), '^[^，,；;]*', 0)
    from total where block
),

parts as (
    -- a classification code in brackets ("工资福利支出（301）") is part of the name, not a figure
    select doc_id, line_no, c, regexp_extract(c, '([0-9,]+(?:\.[0-9]+)?)万元$', 1) as w
    from (select doc_id, line_no, regexp_replace(c, '[（(][0-9]+[）)]', '', 'g') as c from clauses)
    where regexp_matches(c, '^[^0-9]*[\p{Han}）)][^0-9]*[0-9,]+(?:\.[0-9]+)?万元$')
      and not regexp_matches(c, '增加|减少|增长|下降|较|比|占|%|％|持平|上年|同期')
),

summed as (
    select doc_id, line_no, count(*) as n,
        sum(try_cast(replace(w, ',', '') as DECIMAL(38,6))) as parts,
        count(try_cast(replace(w, ',', '') as DECIMAL(38,6))) as n_read,
        max(scale_of(replace(w, ',', ''))) as dec,
        string_agg(fmt_amount(try_cast(replace(w, ',', '') as DECIMAL(38,6))), ' + ') as written
    from parts
    group by all
    having count(*) >= 2
),

judged as (
    select t.doc_id, t.line_start, t.quote, s.n, s.parts, s.written,
        try_cast(replace(t.t_w, ',', '') as DECIMAL(38,6)) as stated,
        greatest(s.dec, scale_of(replace(t.t_w, ',', ''))) as dec,
        s.n_read = s.n as readable
    from total as t
    join summed as s using (doc_id, line_no)
),

verdicts as (
    select *, case when readable and stated is not null then identity_verdict(stated, parts, dec, n) else 'insufficient_data' end as verdict
    from judged
),

final as (
    select
        'amount_list_sum' as rule_id,
        listed_parts_severity(verdict) as severity,
        listed_parts_status(verdict) as status,
        doc_id,
        null as key,
        null as code,
        stated as expected,
        parts as actual,
        parts - stated as difference,
        case verdict
            when 'pass' then '“其中”所列 ' || n || ' 项之和 ' || fmt_amount(parts) || ' 与总数 ' || fmt_amount(stated) || ' 相符'
            when 'rounding' then '“其中”所列 ' || n || ' 项（' || written || '）之和为 ' || fmt_amount(parts) || '，总数写作 '
                || fmt_amount(stated) || '，相差 ' || fmt_amount(abs(parts - stated)) || '（在尾数误差范围内）'
            else '“其中”所列 ' || n || ' 项之和 ' || coalesce(fmt_amount(parts), '—') || ' 与总数 ' || coalesce(fmt_amount(stated), '—')
                || ' 不等，可能只列了部分，未核对'
        end as message,
        cast(line_start as INTEGER) as span_start,
        cast(line_start + length(quote) as INTEGER) as span_end,
        quote
    from verdicts
)

select * from final
