/** Messages as the vendor's documentation prints them (shared/reference/service-client-api-overview.txt). */

/** The ATTACHED_DATA_CHANGED example of the vendor's overview: media on the event, no startDate. */
export const VENDOR_ATTACHED_DATA_CHANGED = {
  eventType: 'ATTACHED_DATA_CHANGED',
  media: 'voice',
  interaction: {
    interactionId: '1',
    caseId: '4dda1ab6-aeab-4a33-f5d0-0153c9fdb43b',
    userData: {
      IWAttachedDataInformation: {
        'DispositionCode.Label': 'DispositionCode',
        'Option.interaction.case-data.header-foreground-color': '#FFFFFF',
        CaseDataBusinessAttribute: 'CaseData',
        'DispositionCode.Key': 'ChooseDisposition',
        'Option.interaction.case-data.frame-color': '#17849D',
      },
      IW_CaseUid: '4dda1ab6-aeab-4a33-f5d0-0153c9fdb43b',
      IW_BundleUid: 'dfaca66c-4149-42a1-7244-337e949a12b5',
    },
    parties: [{ name: '5001' }],
    callUuid: '4L6JGNEE9H7DT671FRPTKE6CQ000000G',
    state: 'DIALING',
    previousState: 'UNKNOWN',
    isConsultation: false,
    direction: 'OUT',
    callType: 'Internal',
    dnis: '5001',
    isMainCaseInteraction: true,
  },
};
