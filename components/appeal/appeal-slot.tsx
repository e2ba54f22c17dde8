// The support appeal at a place on the page: markup built on the server from the published appeal (the same for every
// reader, so the page stays cacheable), its state and behaviour from the reader's browser (lib/appeal/browser).
import { buildAppealSlot, type BuildAppealSlotOptions } from '@/lib/appeal/build-appeal-slot';
import { AppealSlotMount } from './appeal-slot-mount';

export async function AppealSlot(props: BuildAppealSlotOptions) {
  return <AppealSlotMount markup={await buildAppealSlot(props)} />;
}
