import { SearchField } from '../../lib/search-field';
import { useCandidatesT } from './candidates.i18n';

type CandidateSearchFieldProps = { value: string; onSearch: (search: string) => void };

export function CandidateSearchField({ value, onSearch }: CandidateSearchFieldProps) {
  const { t } = useCandidatesT();
  return <SearchField formLabel={t('search.form')} label={t('search.label')} description={t('search.hint')} value={value} onSearch={onSearch} />;
}
