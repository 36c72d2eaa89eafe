-- title: 用语与文件层级或范围不符
-- summary: 区县级文件套用了“市级预算主管部门”“使用市级财政拨款”等市级模板用语，或单位预算（决算）通篇称“本部门”，说明文本照搬了其他层级或范围的模板。
-- severity: warning
-- description: Wording of another level or scope than the document's own, as a template leaves it: a district or county document (region level county, or a unit named …市…区/县…) that defines its terms for 市级 (市级预算主管部门, 使用市级财政拨款, 与市级财政有经费领拨关系) — a warning; a 单位预算/决算 (documents.scope = 'unit') that speaks of itself as 本部门 — info, since some provinces' unit templates keep the word. One row per document and kind, quoting the first occurrence and counting the others. Read from int_text_lines (see text_template_leftover on why the text-hygiene rules are SQL).
-- grain: one row per document × kind of mismatched wording
-- depends_on: int_text_lines, stg_documents
with docs as (
    select d.doc_id, d.unit, d.scope, d.region_level
    from documents as d
    join stg_documents as s using (doc_id)
    where s.is_latest
),

hits as (
    select l.doc_id, l.line_no, l.line, l.line_start,
        case when regexp_matches(l.line, '市级预算主管部门|使用市级财政|与市级财政有经费领拨关系') then 'municipal_in_district' else 'department_in_unit' end as kind,
        regexp_extract(l.line, '市级预算主管部门|使用市级财政拨?款?|与市级财政有经费领拨关系|本部门') as phrase
    from int_text_lines as l
    join docs as d using (doc_id)
    where (regexp_matches(l.line, '市级预算主管部门|使用市级财政|与市级财政有经费领拨关系')
           and (d.region_level = 'county' or regexp_matches(coalesce(d.unit, ''), '^[^区县]{2,8}[市州盟][^市]{1,6}[区县旗]')))
       or (d.scope = 'unit' and regexp_matches(l.line, '本部门'))
),

per_doc as (
    select doc_id, kind, count(*) as n, arg_min(line, line_no) as line, arg_min(line_start, line_no) as line_start, arg_min(phrase, line_no) as phrase
    from hits
    group by all
),

final as (
    select
        'text_scope_wording' as rule_id,
        case kind when 'municipal_in_district' then 'warning' else 'info' end as severity,
        'fail' as status,
        doc_id,
        null as key,
        kind as code,
        null as expected,
        null as actual,
        null as difference,
        case kind when 'municipal_in_district' then '区县级文件使用市级模板用语“' || phrase || '”'
                  else '单位预算（决算）文件自称“本部门”' end
            || (case when n > 1 then '（共 ' || n || ' 处）' else '' end) as message,
        cast(line_start + strpos(line, phrase) - 1 as INTEGER) as span_start,
        cast(line_start + strpos(line, phrase) - 1 + length(phrase) as INTEGER) as span_end,
        line as quote
    from per_doc
)

select * from final
