import { expect } from '@open-wc/testing';
import { changedSlices, reduceDesktop } from '../../src/store/index.js';
import { interactionEvent, makeInteraction, reduceAll } from './builders.js';

describe('reduceDesktop: cases', () => {
  const consult = makeInteraction({ interactionId: 'consult', caseId: 'K', isMainCaseInteraction: false, startDate: 3_000, isConsultation: true });
  const email = makeInteraction({ interactionId: 'email', caseId: 'K', isMainCaseInteraction: false, startDate: 2_000, media: 'email' });
  const main = makeInteraction({ interactionId: 'main', caseId: 'K', isMainCaseInteraction: true, startDate: 5_000, isCaseSelected: true, isCaseExpanded: true });
  const other = makeInteraction({ interactionId: 'other', caseId: 'L', startDate: 4_000 });

  it('groups interactions by caseId, main interaction first then by startDate', () => {
    const state = reduceAll([consult, email, main, other].map((item) => interactionEvent('ADDED', item)));
    expect([...state.cases.keys()]).to.deep.equal(['K', 'L']);
    const caseK = state.cases.get('K')!;
    expect(caseK.interactions.map((item) => item.interactionId)).to.deep.equal(['main', 'email', 'consult']);
    expect(caseK).to.deep.include({ caseId: 'K', isSelected: true, isExpanded: true });
    expect(state.cases.get('L')).to.deep.include({ isSelected: false, isExpanded: false });
    expect(state.selectedCaseId).to.equal('K');
  });

  it('leaves interactions without a caseId out of every case', () => {
    const state = reduceAll([{ type: 'event', channel: 'interaction', event: { eventType: 'ADDED', interaction: { interactionId: 'loose' } } }]);
    expect(state.interactions.has('loose')).to.equal(true);
    expect(state.cases.size).to.equal(0);
  });

  it('CASE_SELECTION_CHANGED moves selectedCaseId and the case flags', () => {
    const start = reduceAll([main, other].map((item) => interactionEvent('ADDED', item)));
    // The desktop selects L: it sends the newly selected case first, then the deselected one.
    const selecting = reduceDesktop(start, interactionEvent('CASE_SELECTION_CHANGED', { ...other, isCaseSelected: true, isCaseExpanded: true }));
    expect(selecting.selectedCaseId, 'the previous choice holds while both cases claim selection').to.equal('K');
    const done = reduceDesktop(selecting, interactionEvent('CASE_SELECTION_CHANGED', { ...main, isCaseSelected: false, isCaseExpanded: false }));
    expect(done.selectedCaseId).to.equal('L');
    expect(done.cases.get('L')).to.deep.include({ isSelected: true, isExpanded: true });
    expect(done.cases.get('K')).to.deep.include({ isSelected: false, isExpanded: false });
    expect(changedSlices(start, done)).to.deep.equal(['interactions', 'cases', 'selectedCaseId']);
  });

  it('has no selected case when no interaction says so, and picks the newest when several do', () => {
    const none = reduceAll([interactionEvent('ADDED', other)]);
    expect(none.selectedCaseId).to.equal(undefined);
    const both = reduceAll([
      {
        type: 'interactions-fetched',
        interactions: [{ ...other, isCaseSelected: true }, makeInteraction({ interactionId: 'm', caseId: 'M', startDate: 9_000, isCaseSelected: true })],
      },
    ]);
    expect(both.selectedCaseId).to.equal('M');
  });

  it('removing the last interaction of the selected case clears the selection', () => {
    const state = reduceAll([
      interactionEvent('ADDED', main),
      { type: 'event', channel: 'interaction', event: { eventType: 'REMOVED', interaction: { interactionId: 'main' } } },
    ]);
    expect(state.cases.size).to.equal(0);
    expect(state.selectedCaseId).to.equal(undefined);
  });
});
