/** Paging arithmetic shared by every list: which page to show and which rows it holds. */
package vn.hailong.shared.paging;
