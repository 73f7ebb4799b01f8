import { Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { monthAndYear, monthLabel, niceScale } from './chart-scale';
import { useOverviewT } from './overview.i18n';

type Month = { month: string; granted: number; withdrawn: number };

const width = 900;
const height = 220;
const margin = { top: 12, right: 8, bottom: 28, left: 36 };
const colors = { granted: 'var(--mantine-color-teal-7)', withdrawn: 'var(--mantine-color-red-7)' };

/**
 * Grants and withdrawals per month as grouped bars. Drawn as plain SVG: a charting library
 * (recharts) would weigh more than twice the page budget for one small chart. The figures
 * are also in a table for screen readers, and the bars carry no meaning by colour alone
 * (legend, and a summary sentence).
 */
export function ConsentActivityChart({ months }: { months: readonly Month[] }) {
  const { t, i18n } = useOverviewT();
  const totals = months.reduce((sum, m) => ({ granted: sum.granted + m.granted, withdrawn: sum.withdrawn + m.withdrawn }), { granted: 0, withdrawn: 0 });
  const scale = niceScale(Math.max(0, ...months.map((m) => Math.max(m.granted, m.withdrawn))));
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const slot = plotWidth / Math.max(1, months.length);
  const bar = Math.min(16, slot / 2.6);
  const y = (value: number) => margin.top + plotHeight - (value / scale.top) * plotHeight;

  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby="consent-chart-title">
      <Stack gap="xs">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4" id="consent-chart-title">
            {t('chart.title')}
          </Title>
          <Group gap="md" aria-hidden>
            {(['granted', 'withdrawn'] as const).map((key) => (
              <Group key={key} gap={6}>
                <svg width="12" height="12">
                  <rect width="12" height="12" rx="2" fill={colors[key]} />
                </svg>
                <Text size="sm">{t(`chart.${key}`)}</Text>
              </Group>
            ))}
          </Group>
        </Group>
        <Text component="figcaption" size="sm" c="dimmed">
          {totals.granted + totals.withdrawn === 0 ? t('chart.empty') : t('chart.summary', totals)}
        </Text>
        <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="presentation" aria-hidden style={{ display: 'block', height: 'auto' }}>
          {scale.values.map((value) => (
            <g key={value}>
              <line x1={margin.left} x2={width - margin.right} y1={y(value)} y2={y(value)} stroke="var(--mantine-color-gray-3)" />
              <text x={margin.left - 6} y={y(value) + 4} textAnchor="end" fontSize="11" fill="var(--mantine-color-gray-7)">
                {value}
              </text>
            </g>
          ))}
          {months.map((m, i) => {
            const x = margin.left + i * slot + slot / 2;
            return (
              <g key={m.month}>
                <rect x={x - bar - 1} y={y(m.granted)} width={bar} height={y(0) - y(m.granted)} fill={colors.granted} rx="2" />
                <rect x={x + 1} y={y(m.withdrawn)} width={bar} height={y(0) - y(m.withdrawn)} fill={colors.withdrawn} rx="2" />
                <text x={x} y={height - 8} textAnchor="middle" fontSize="11" fill="var(--mantine-color-gray-7)">
                  {monthLabel(m.month, i18n.language)}
                </text>
              </g>
            );
          })}
        </svg>
        <VisuallyHidden>
          <Table>
            <caption>{t('chart.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chart.month')}</th>
                <th scope="col">{t('chart.granted')}</th>
                <th scope="col">{t('chart.withdrawn')}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{monthAndYear(m.month, i18n.language)}</th>
                  <td>{m.granted}</td>
                  <td>{m.withdrawn}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </VisuallyHidden>
      </Stack>
    </Paper>
  );
}
