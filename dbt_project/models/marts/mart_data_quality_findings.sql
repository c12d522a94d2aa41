-- Every finding of the data-quality gate: blocking ones explain a quarantine, warnings are
-- inconsistencies of the source itself (reconciliation, percentages outside 0–100, …).
select
    f.source_file as document,
    docs.doc_type,
    region.region_name,
    f.check_name as "check",
    f.object,
    f.year,
    f.expected,
    f.actual,
    f.severity,
    f.message,
    f.source_line,
    status.status as document_status
from {{ ref('stg_quality_findings') }} as f
left join {{ ref('int_documents') }} as docs using (source_file)
left join {{ ref('dim_region') }} as region on region.region_key = docs.region_key
left join {{ ref('stg_document_status') }} as status on status.source_file = f.source_file
-- Findings of an earlier edition of a strategy are history, not today's data.
where docs.is_current is distinct from false
