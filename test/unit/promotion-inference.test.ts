import { inferPromotionFromDistinction } from '../../src/model/promotion-inference';

describe('promotion direction from a distinguishing statement', () => {
  it('reads the seed statements the way an analyst would', () => {
    expect(inferPromotionFromDistinction('The Business Systems Coordinator is distinguished from the Business Systems Analyst in that the latter works on projects requiring more technical expertise, provides guidance and/or coordinates complex and specialized work, and handles escalated support issues.')).toBe('OTHER_IS_HIGHER');
    expect(inferPromotionFromDistinction('This class is distinguished from a Staff Assistant that performs paraprofessional level work assisting professional staff.')).toBe('OTHER_IS_LOWER');
  });

  it('infers nothing from statements that give no direction', () => {
    expect(inferPromotionFromDistinction('The Operations Coordinator is distinguished from the Program Administrator in that a Program Administrator performs full performance professional level work implementing program activities.')).toBeNull();
    expect(inferPromotionFromDistinction('Distinguished from the Clerk, which works in another department.')).toBeNull();
  });

  it('only looks at what is said of the other class', () => {
    // "less complex" describes this class, not the other one.
    expect(inferPromotionFromDistinction('Incumbents do less complex work. This class is distinguished from the Analyst, which performs more advanced analyses.')).toBe('OTHER_IS_HIGHER');
  });
});
