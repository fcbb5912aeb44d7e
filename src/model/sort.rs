//! A stable insertion sort for the few short lists the graphic sorts (a few dozen chart
//! moments, a few hundred texts): the standard library's sorts cost the WebAssembly about
//! 3 KB of brotli'd code, and on lists this short they save nothing a reader would notice.

/// Sorts `items` by `key`, keeping the order of equal keys.
pub fn by_key<T, K: PartialOrd>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::by_key;

    #[test]
    fn sorts_by_key_keeping_the_order_of_equal_keys() {
        let mut items = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        by_key(&mut items, |&(k, _)| k);
        assert_eq!(items, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut none: [u8; 0] = [];
        by_key(&mut none, |&k| k);
    }
}
