import {
  IconBuildingCommunity,
  IconChartBar,
  IconFileCertificate,
  IconHome,
  IconLock,
  IconPlaneDeparture,
  IconShieldCheck,
  IconShieldLock,
  IconTopologyStar3,
  IconUsers,
  IconUsersGroup,
  IconWorld,
  IconBuilding,
  IconListDetails,
  type Icon,
  type IconProps,
} from '@tabler/icons-react';

const ICONS: Record<string, Icon> = {
  home: IconHome,
  persons: IconUsersGroup,
  regularisation: IconFileCertificate,
  returns: IconPlaneDeparture,
  networks: IconTopologyStar3,
  border: IconShieldCheck,
  statistics: IconChartBar,
  cooperation: IconWorld,
  admin: IconShieldLock,
  users: IconUsers,
  roles: IconLock,
  organisations: IconBuilding,
  audit: IconListDetails,
  organisation: IconBuildingCommunity,
};

export function ModuleIcon({ id, ...props }: { id: string } & IconProps) {
  const Component = ICONS[id] ?? IconListDetails;
  return <Component aria-hidden focusable={false} stroke={1.7} {...props} />;
}
