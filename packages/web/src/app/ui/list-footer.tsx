import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format/format';

/** Under a cursor-paginated list: how many rows are shown, and "load more" while the server has more. */
export function ListFooter({
  shown,
  hasMore,
  loading,
  onLoadMore,
}: {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed" aria-live="polite">
        {hasMore
          ? t('list.shownMore', { n: formatNumber(shown, i18n.language) })
          : t('list.shownAll', { n: formatNumber(shown, i18n.language) })}
      </Text>
      {hasMore ? (
        <Button variant="light" onClick={onLoadMore} loading={loading}>
          {t('list.loadMore')}
        </Button>
      ) : null}
    </Group>
  );
}
