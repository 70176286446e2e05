// The reviewer's token, kept for this browser tab only (sessionStorage), shared by the Review page and the panel.
const KEY = 'synergraph.reviewToken';

export const reviewToken = () => sessionStorage.getItem(KEY) || '';
export const setReviewToken = (value) => sessionStorage.setItem(KEY, value);
export const forgetReviewToken = () => sessionStorage.removeItem(KEY);
