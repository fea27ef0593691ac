/** Conclusion notices (Thông báo kết luận) of committee meetings: drafting, leader approval, issuance. */
package vn.chidao.conclusion;
