-- title: 科目层级标注与科目不符
-- summary: 正文中“（类）”“（款）”“（项）”的标注应与该科目名称在政府收支分类中的层级一致；如把“款”级科目标为“（项）”，读者会把科目对错。
-- severity: warning
-- description: Every level of a classification path written with its tag ("卫生健康支出（类）…（款）计划生育事务（项）") names a function code of that level: a name that the classification has only at another level (计划生育事务 is the 款 21007, not a 项) is reported with the level it has. Names are compared with and without a trailing 支出 (Jiangsu writes 一般公共服务（类）); a name the classification does not know is not judged here (it may be a narrative name; see text_vs_table). Read from the text's lines, so an unplaced path is judged too. A line whose path function_path reports as misfiled is left to that rule (one defect, one finding).
-- grain: one row per tagged name that the classification knows (pass when its level fits the tag)
-- depends_on: int_text_lines
with lines as (
    select * from int_text_lines where regexp_matches(line, '（(?:[0-9]{2,3})?(?:类|款|项)目?）')
),

tokens as (
    select doc_id, line, line_start, unnest(regexp_extract_all(line, '[\p{Han}、]{2,40}（(?:[0-9]{2,3})?(?:类|款|项)目?）')) as token
    from lines
),

parsed as (
    select distinct
        doc_id,
        line,
        line_start,
        token,
        regexp_extract(token, '^([\p{Han}、]+)（', 1) as name,
        regexp_extract(token, '（(?:[0-9]{2,3})?(类|款|项)目?）$', 1) as tag
    from tokens
),

-- A line whose path function_path already reports as misfiled (社会保障和就业支出 written as a 项 under 201 › 20129):
-- its tag does not fit because the whole path does not, one defect with one finding there, not a second one here.
misfiled_lines as (
    select distinct l.doc_id, l.line_start
    from lines as l
    join mentions as m
      on m.doc_id = l.doc_id
     and m.span_start >= l.line_start and m.span_start < l.line_start + length(l.line)
    where m.key = 'expenditure.function' and m.path_as_written is not null and m.code is not null
      and len(list_filter(
              list_filter(string_split(m.path_as_written, '>'), x -> regexp_full_match(x, '[0-9]+')),
              x -> not starts_with(m.code, x))) > 0
),

ref as (
    select code, name, level, regexp_replace(name, '支出$', '') as bare from ref_function_classification
),

judged as (
    select
        p.*,
        list_distinct(list(r.level)) as levels,
        bool_or(r.level = p.tag) as fits,
        min(r.code) filter (where r.level <> p.tag) as other_code
    from parsed as p
    join ref as r on r.name = p.name or r.bare = regexp_replace(p.name, '支出$', '')
    where not exists (select 1 from misfiled_lines as f where f.doc_id = p.doc_id and f.line_start = p.line_start)
    group by all
),

final as (
    select
        'classification_tag_level' as rule_id,
        'warning' as severity,
        case when fits then 'pass' else 'fail' end as status,
        doc_id,
        'expenditure.function' as key,
        other_code as code,
        null as expected,
        null as actual,
        null as difference,
        case when fits then '“' || name || '”标为（' || tag || '），与科目层级相符'
             else '“' || name || '”标为（' || tag || '），但它是' || array_to_string(levels, '、') || '级科目（' || other_code || '）'
                  || coalesce('；所述金额 ' || nullif(regexp_extract(substr(line, strpos(line, token)), '([0-9][0-9,]*(?:\.[0-9]+)?)\s*万?元', 1), '') || ' 万元', '')
        end as message,
        cast(line_start + strpos(line, token) - 1 as INTEGER) as span_start,
        cast(line_start + strpos(line, token) - 1 + length(token) as INTEGER) as span_end,
        line as quote
    from judged
)

select * from final
